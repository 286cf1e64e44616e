import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** The cidrset error for a node mask more than 16 bits longer than the cluster prefix. */
export const CIDR_SET_TOO_BIG_TEXT = "New CIDR set failed; the node CIDR size is too big";

/** The bitmap allocator's limit on nodeMask - clusterPrefix (`clusterSubnetMaxDiff`). */
export const CLUSTER_SUBNET_MAX_DIFF = 16;

/**
 * kube-controller-manager's CIDR set refuses an IPv6 node mask more than 16 bits longer than the
 * cluster prefix (IPv4 has no such limit in the controller manager).
 */
export const kcmIpv6MaskDiff: Rule = {
  id: "kcm-ipv6-mask-diff",
  title: "IPv6 node mask at most 16 bits longer than the pod range",
  source: "kube-controller-manager (pkg/controller/nodeipam/ipam/cidrset/cidr_set.go)",
  check(ctx) {
    const f = ctx.byFamily.ipv6;
    if (!ctx.cni.needsControllerManagerAllocation || !f) return [];
    const out: Finding[] = [];
    for (const pod of f.pods) {
      const diff = f.nodeMask - pod.prefix.length;
      if (diff <= CLUSTER_SUBNET_MAX_DIFF) continue;
      out.push({
        rule: this.id,
        severity: "error",
        fields: [pod.field, "ipv6.nodeMask"],
        message: `IPv6 pod range ${formatPrefix(pod.prefix)} split into /${f.nodeMask} is ${diff} bits (more than ${CLUSTER_SUBNET_MAX_DIFF}); kube-controller-manager refuses to start: "${CIDR_SET_TOO_BIG_TEXT}".`,
        fix: `Use a pod range of /${f.nodeMask - CLUSTER_SUBNET_MAX_DIFF} or longer, or a node mask of /${pod.prefix.length + CLUSTER_SUBNET_MAX_DIFF} or shorter.`,
        source: "kube-controller-manager",
      });
    }
    return out;
  },
};
