import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** kubeadm's `PodSubnetNodeMaskMaxDiff`. */
export const KUBEADM_POD_NODE_MASK_MAX_DIFF = 16;

/**
 * kubeadm checks each pod subnet against the node mask it passes to the controller manager
 * (`ValidatePodSubnetNodeMask`): the pod subnet must not be smaller than a node subnet, and the
 * node mask may be at most 16 bits longer, for IPv4 as well as IPv6.
 */
export const kubeadmPodNodeMask: Rule = {
  id: "kubeadm-pod-node-mask",
  title: "kubeadm: pod subnet vs node mask (order, 16-bit difference, both families)",
  source:
    "kubeadm (cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidatePodSubnetNodeMask)",
  check(ctx) {
    if (!ctx.cni.needsControllerManagerAllocation) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      for (const pod of f.pods) {
        const p = pod.prefix.length;
        const n = f.nodeMask;
        let text: string | undefined;
        if (p > n)
          text = `the size of pod subnet with mask ${p} is smaller than the size of node subnet with mask ${n}`;
        else if (n - p > KUBEADM_POD_NODE_MASK_MAX_DIFF) {
          text = `pod subnet mask (${p}) and node-mask (${n}) difference is greater than ${KUBEADM_POD_NODE_MASK_MAX_DIFF}`;
        }
        if (!text) continue;
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [pod.field, `${f.family}.nodeMask`],
          message: `kubeadm refuses pod range ${formatPrefix(pod.prefix)} with /${n} per node: "networking.podSubnet: Invalid value: "${formatPrefix(pod.prefix)}": ${text}".`,
          fix:
            p > n
              ? `Make the node mask /${p} or longer, or the pod range /${n} or shorter.`
              : `Keep the node mask within 16 bits of the pod range: a /${p + KUBEADM_POD_NODE_MASK_MAX_DIFF} or shorter node mask, or a /${n - KUBEADM_POD_NODE_MASK_MAX_DIFF} or longer pod range.`,
          source: "kubeadm",
        });
      }
    }
    return out;
  },
};
