import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** The Cilium docs' minimum and recommended IPv4 per-node mask for cluster-pool. */
export const CILIUM_MIN_IPV4_MASK = 30;
export const CILIUM_RECOMMENDED_IPV4_MASK = 29;

/**
 * Cilium cluster-pool IPv4 mask size: the docs give /30 as the minimum (the allocator keeps
 * network and broadcast, the agent takes a router and a health IP) and recommend at least /29.
 */
export const ciliumNodeMaskSize: Rule = {
  id: "cilium-node-mask-size",
  title: "Cilium cluster-pool: IPv4 mask /30 at the longest, /29 recommended",
  source: "Cilium docs (Documentation/network/concepts/ipam/cluster-pool.rst)",
  check(ctx) {
    const f = ctx.byFamily.ipv4;
    if (ctx.cni.nodeRanges !== "cilium-operator" || !f) return [];
    const out: Finding[] = [];
    if (f.nodeMask > CILIUM_MIN_IPV4_MASK) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message: `clusterPoolIPv4MaskSize ${f.nodeMask} is below Cilium's documented minimum of /${CILIUM_MIN_IPV4_MASK}: the per-node range has no address left for pods.`,
        fix: `Use /${CILIUM_RECOMMENDED_IPV4_MASK} or shorter (room for maxPods plus 4).`,
        source: "Cilium docs",
      });
    } else if (f.nodeMask > CILIUM_RECOMMENDED_IPV4_MASK) {
      out.push({
        rule: this.id,
        severity: "warning",
        fields: ["ipv4.nodeMask"],
        message: `clusterPoolIPv4MaskSize ${f.nodeMask} is Cilium's documented minimum; the docs recommend at least /${CILIUM_RECOMMENDED_IPV4_MASK}. A /30 leaves 2 allocatable addresses, both taken by the router and health IPs.`,
        fix: `Use /${CILIUM_RECOMMENDED_IPV4_MASK} or shorter; the mask cannot change after install.`,
        source: "Cilium docs",
      });
    }
    return out;
  },
};
