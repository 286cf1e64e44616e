import { formatPrefix, hostBits } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import { widthOf } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/** kubeadm's `MaximumBitsForServiceSubnet`. */
export const KUBEADM_MAX_SERVICE_BITS = 20;

/**
 * kubeadm refuses a Service subnet with more than 20 host bits (IPv4 shorter than /12, IPv6
 * shorter than /108) whatever the Kubernetes version (`ValidateServiceSubnetSize`), even where
 * kube-apiserver 1.34+ accepts it.
 */
export const kubeadmServiceSubnetSize: Rule = {
  id: "kubeadm-service-subnet-size",
  title: "kubeadm: Service subnet at most /12 (IPv4) or /108 (IPv6), every version",
  source:
    "kubeadm (cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateServiceSubnetSize)",
  check(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.families) {
      if (!f.service || hostBits(f.service) <= KUBEADM_MAX_SERVICE_BITS) continue;
      const bits = widthOf(f.service);
      const min = bits - KUBEADM_MAX_SERVICE_BITS;
      out.push({
        rule: this.id,
        severity: "warning",
        fields: [`${f.family}.serviceCidr`],
        message: `kubeadm refuses Service range ${formatPrefix(f.service)} at every Kubernetes version: "networking.serviceSubnet: Invalid value: "${formatPrefix(f.service)}": specified service subnet is too large; for ${bits}-bit addresses, the mask must be >= ${min}".`,
        fix: `Use a /${min} or longer Service range if the cluster is installed with kubeadm.`,
        source: "kubeadm",
      });
    }
    return out;
  },
};
