import { formatPrefix, prefixSize, type Prefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import { formatCounted } from "../text/formatCount.ts";
import type { Rule } from "./rule.ts";

/** kubeadm's `MinimumAddressesInServiceSubnet`. */
export const KUBEADM_MIN_SERVICE_ADDRESSES = 10n;
/** kubeadm's `MinimumAddressesInPodSubnet`. */
export const KUBEADM_MIN_POD_ADDRESSES = 14n;

function tooSmall(prefix: Prefix, min: bigint): string | undefined {
  const size = prefixSize(prefix);
  if (size >= min) return undefined;
  return `subnet with ${size} address(es) is too small, the minimum is ${min}`;
}

/**
 * kubeadm refuses a Service subnet of fewer than 10 addresses and a pod subnet of fewer than 14
 * (`ValidateIPNetFromString`). The pod check applies where kubeadm passes the pod range to the
 * controller manager (`networking.podSubnet`).
 */
export const kubeadmSubnetMinSize: Rule = {
  id: "kubeadm-subnet-min-size",
  title: "kubeadm: Service subnet of at least 10 addresses, pod subnet of at least 14",
  source: "kubeadm (cmd/kubeadm/app/apis/kubeadm/validation/validation.go, constants.go)",
  check(ctx) {
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const svc = f.service && tooSmall(f.service, KUBEADM_MIN_SERVICE_ADDRESSES);
      if (f.service && svc) {
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [`${f.family}.serviceCidr`],
          message: `kubeadm refuses Service range ${formatPrefix(f.service)}: "networking.serviceSubnet: Invalid value: "${formatPrefix(f.service)}": ${svc}".`,
          fix: `Use a Service range of at least ${KUBEADM_MIN_SERVICE_ADDRESSES} addresses (in practice far more).`,
          source: "kubeadm",
        });
      }
      if (!ctx.cni.needsControllerManagerAllocation) continue;
      for (const pod of f.pods) {
        const text = tooSmall(pod.prefix, KUBEADM_MIN_POD_ADDRESSES);
        if (!text) continue;
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [pod.field],
          message: `kubeadm refuses pod range ${formatPrefix(pod.prefix)} (${formatCounted(prefixSize(pod.prefix), "address", "addresses")}): "networking.podSubnet: Invalid value: "${formatPrefix(pod.prefix)}": ${text}".`,
          fix: `Use a pod range of at least ${KUBEADM_MIN_POD_ADDRESSES} addresses (/${f.family === "ipv4" ? 28 : 124} or shorter).`,
          source: "kubeadm",
        });
      }
    }
    return out;
  },
};
