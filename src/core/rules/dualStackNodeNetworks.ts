import { label } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/**
 * A dual-stack cluster needs nodes with an address of each family (kubelet --node-ip takes a
 * dual-stack pair); a family without a node network leaves nodes single-stack.
 */
export const dualStackNodeNetworks: Rule = {
  id: "dual-stack-node-networks",
  title: "Dual-stack: a node network of each family",
  source: "kubelet --node-ip (dual-stack pair); Kubernetes dual-stack docs",
  check(ctx) {
    const nodes = ctx.ranges.filter((r) => r.role === "nodes");
    if (ctx.families.length < 2 || nodes.length === 0) return [];
    return ctx.families
      .filter((f) => !nodes.some((n) => n.family === f.family))
      .map((f) => ({
        rule: this.id,
        severity: "warning" as const,
        fields: ["nodes.networks", "ipFamilies"],
        message: `The cluster is dual-stack but no node network is ${label(f.family)}; nodes need an address of each family (kubelet --node-ip takes a pair like 10.100.0.2,fd00:1:2:3::2), or Services and pods of that family cannot reach them.`,
        fix: `Add the ${label(f.family)} node network.`,
        source: "kubelet",
      }));
  },
};
