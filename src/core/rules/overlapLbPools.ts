import { formatPrefix, overlaps } from "../ip/prefix.ts";
import { rangeToPrefixes, type AddressRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/** The first (new CIDR, earlier CIDR) pair MetalLB reports after summarising both pools into CIDRs. */
function metallbPair(earlier: AddressRange, later: AddressRange): [string, string] {
  const before = rangeToPrefixes(earlier);
  for (const n of rangeToPrefixes(later)) {
    const m = before.find((x) => overlaps(n, x));
    if (m) return [formatPrefix(n), formatPrefix(m)];
  }
  return [describeRange(later), describeRange(earlier)];
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
    pools.forEach((b, j) => {
      for (const a of pools.slice(0, j)) {
        const shared = sharedRange(a.range, b.range);
        if (!shared) continue;
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
    });
    for (const p of pools) {
      for (const other of ctx.ranges) {
        if (other.role !== "pods" && other.role !== "services" && other.role !== "nodes") continue;
        const shared = sharedRange(p.range, other.range);
        if (!shared) continue;
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
