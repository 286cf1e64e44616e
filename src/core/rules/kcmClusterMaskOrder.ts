import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** The error kube-controller-manager's node IPAM controller fails start-up with. */
export const KCM_MASK_ORDER_TEXT =
  "Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family";

/**
 * kube-controller-manager refuses a cluster CIDR whose prefix is longer than the node mask
 * (per family; equal prefixes give one node subnet). Only where the controller manager allocates.
 */
export const kcmClusterMaskOrder: Rule = {
  id: "kcm-cluster-mask-order",
  title: "Pod range prefix must not be longer than the node mask",
  source: "kube-controller-manager (pkg/controller/nodeipam/node_ipam_controller.go)",
  check(ctx) {
    if (!ctx.cni.needsControllerManagerAllocation) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      for (const pod of f.pods) {
        if (pod.prefix.length <= f.nodeMask) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [pod.field, `${f.family}.nodeMask`],
          message: `Pod range ${formatPrefix(pod.prefix)} is smaller than one node range (/${f.nodeMask}); kube-controller-manager refuses to start: "${KCM_MASK_ORDER_TEXT}".`,
          fix: `Use a node mask of /${pod.prefix.length} or longer, or a pod range of /${f.nodeMask} or shorter.`,
          source: "kube-controller-manager",
        });
      }
    }
    return out;
  },
};
