import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import { CIDR_SET_TOO_BIG_TEXT, CLUSTER_SUBNET_MAX_DIFF } from "./kcmIpv6MaskDiff.ts";
import type { Rule } from "./rule.ts";

/**
 * The Cilium operator's cluster-pool CIDR set refuses an IPv6 mask more than 16 bits longer than
 * a pool entry (no such limit for IPv4), like the controller manager's.
 */
export const ciliumIpv6MaskDiff: Rule = {
  id: "cilium-ipv6-mask-diff",
  title: "Cilium cluster-pool: IPv6 mask at most 16 bits longer than each pool entry",
  source:
    "cilium-operator (pkg/ipam/allocator/clusterpool/clusterpool.go Init, pkg/ipam/cidrset/cidr_set.go)",
  check(ctx) {
    const f = ctx.byFamily.ipv6;
    if (ctx.cni.id !== "cilium/cluster-pool" || !f) return [];
    const out: Finding[] = [];
    for (const pod of f.pods) {
      const diff = f.nodeMask - pod.prefix.length;
      if (diff <= CLUSTER_SUBNET_MAX_DIFF) continue;
      out.push({
        rule: this.id,
        severity: "error",
        fields: [pod.field, "ipv6.nodeMask"],
        message: `clusterPoolIPv6PodCIDRList entry ${formatPrefix(pod.prefix)} split into /${f.nodeMask} is ${diff} bits (more than 16); the Cilium operator refuses to start: "unable to initialize IPv6 allocator: ${CIDR_SET_TOO_BIG_TEXT}".`,
        fix: `Use IPv6 pool entries of /${f.nodeMask - CLUSTER_SUBNET_MAX_DIFF} or longer (Cilium's default is fd00::/104 with /120).`,
        source: "cilium-operator",
      });
    }
    return out;
  },
};
