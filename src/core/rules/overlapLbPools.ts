import { crossPairs, overlappingPairs } from "../ip/overlappingPairs.ts";
import { formatPrefix } from "../ip/prefix.ts";
import { blockContaining, type AddressRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/**
 * The first (new CIDR, earlier CIDR) pair MetalLB reports after summarising both pools into
 * CIDRs: the blocks of each holding the first shared address (blocks before it in the later pool
 * end before the earlier pool starts).
 */
function metallbPair(earlier: AddressRange, later: AddressRange): [string, string] {
  const at = earlier.first > later.first ? earlier.first : later.first;
  return [formatPrefix(blockContaining(later, at)), formatPrefix(blockContaining(earlier, at))];
}

/**
 * LoadBalancer pools must not overlap each other (MetalLB refuses the configuration), pods or
 * Services. Overlap with a node network is normal for L2 announcements and only noted.
 */
export const overlapLbPools: Rule = {
  id: "overlap-lb-pools",
  title: "LoadBalancer pools must not overlap each other, pods or Services",
  source: "MetalLB internal/config/config.go; Cilium LB-IPAM",
  check(ctx) {
    const pools = ctx.ranges.filter((r) => r.role === "lb");
    const metallb = ctx.design.loadBalancer.provider === "metallb";
    const out: Finding[] = [];
    for (const [i, j] of overlappingPairs(pools.map((p) => p.range))) {
      const a = pools[i]!;
      const b = pools[j]!;
      const shared = sharedRange(a.range, b.range);
      if (shared) {
        const [n, m] = metallbPair(a.range, b.range);
        out.push({
          rule: this.id,
          severity: "error",
          fields: [b.field, a.field],
          message: metallb
            ? `The ${b.label} overlaps the ${a.label} (shared: ${describeRange(shared)}); MetalLB refuses the configuration: "CIDR "${n}" in pool "${b.name ?? ""}" overlaps with already defined CIDR "${m}"".`
            : `The ${b.label} overlaps the ${a.label} (shared: ${describeRange(shared)}); Cilium LB-IPAM marks the later pool Conflicting (condition cilium.io/PoolConflict) and hands out no addresses from it.`,
          fix: "Make LoadBalancer pools disjoint.",
          source: metallb ? "MetalLB" : "Cilium LB-IPAM",
        });
      }
    }
    const others = ctx.ranges.filter(
      (r) => r.role === "pods" || r.role === "services" || r.role === "nodes",
    );
    for (const [i, k] of crossPairs(
      pools.map((p) => p.range),
      others.map((o) => o.range),
    )) {
      const p = pools[i]!;
      const other = others[k]!;
      const shared = sharedRange(p.range, other.range);
      if (shared) {
        const finding: Finding =
          other.role === "nodes"
            ? {
                rule: this.id,
                severity: "info",
                fields: [p.field, other.field],
                message: `The ${p.label} lies in the ${other.label} (shared: ${describeRange(shared)}), as L2 announcements need; keep those addresses out of DHCP and off every node.`,
                fix: "Reserve the pool's addresses in the node network's DHCP/IPAM.",
                source: metallb ? "MetalLB" : "Cilium LB-IPAM",
              }
            : {
                rule: this.id,
                severity: "error",
                fields: [p.field, other.field],
                message: `The ${p.label} overlaps the ${other.label} (shared: ${describeRange(shared)}); LoadBalancer IPs would collide with ${other.role === "pods" ? "pod IPs" : "ClusterIPs"}.`,
                fix: `Move the pool out of the ${other.role === "pods" ? "pod" : "Service"} range.`,
                source: "routing",
              };
        out.push(finding);
      }
    }
    return out;
  },
};
