import { formatPrefix } from "../ip/prefix.ts";
import { blockContaining, type AddressRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import { furtherOverlapsFinding, laterOverlaps, overlapsAcross } from "./moreOverlaps.ts";
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
    const refusal = metallb
      ? "MetalLB refuses the configuration."
      : "Cilium LB-IPAM marks the later pool Conflicting (condition cilium.io/PoolConflict) and hands out no addresses from it.";
    const source = metallb ? "MetalLB" : "Cilium LB-IPAM";
    for (const hits of laterOverlaps(pools)) {
      const b = pools[hits.owner]!;
      for (const i of hits.paired) {
        const a = pools[i]!;
        const shared = sharedRange(a.range, b.range);
        if (!shared) continue;
        const [n, m] = metallbPair(a.range, b.range);
        out.push({
          rule: this.id,
          severity: "error",
          fields: [b.field, a.field],
          message: metallb
            ? `The ${b.label} overlaps the ${a.label} (shared: ${describeRange(shared)}); MetalLB refuses the configuration: "CIDR "${n}" in pool "${b.name ?? ""}" overlaps with already defined CIDR "${m}"".`
            : `The ${b.label} overlaps the ${a.label} (shared: ${describeRange(shared)}); ${refusal}`,
          fix: "Make LoadBalancer pools disjoint.",
          source,
        });
      }
      if (hits.further > 0) {
        out.push(
          furtherOverlapsFinding(
            { rule: this.id, severity: "error", fix: "Make LoadBalancer pools disjoint.", source },
            b,
            hits.named.map((i) => pools[i]!),
            hits.further,
            refusal,
          ),
        );
      }
    }
    // Pods and Services (an error), then node networks (normal for L2 announcements: noted).
    const cluster = ctx.ranges.filter((r) => r.role === "pods" || r.role === "services");
    for (const hits of overlapsAcross(pools, cluster)) {
      const p = pools[hits.owner]!;
      for (const k of hits.paired) {
        const other = cluster[k]!;
        const shared = sharedRange(p.range, other.range);
        if (!shared) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [p.field, other.field],
          message: `The ${p.label} overlaps the ${other.label} (shared: ${describeRange(shared)}); LoadBalancer IPs would collide with ${other.role === "pods" ? "pod IPs" : "ClusterIPs"}.`,
          fix: `Move the pool out of the ${other.role === "pods" ? "pod" : "Service"} range.`,
          source: "routing",
        });
      }
      if (hits.further > 0) {
        out.push(
          furtherOverlapsFinding(
            {
              rule: this.id,
              severity: "error",
              fix: "Move the pool out of the pod and Service ranges.",
              source: "routing",
            },
            p,
            hits.named.map((k) => cluster[k]!),
            hits.further,
            "LoadBalancer IPs would collide with pod IPs or ClusterIPs.",
          ),
        );
      }
    }
    const nodes = ctx.ranges.filter((r) => r.role === "nodes");
    for (const hits of overlapsAcross(pools, nodes)) {
      const p = pools[hits.owner]!;
      const fix = "Reserve the pool's addresses in the node network's DHCP/IPAM.";
      for (const k of hits.paired) {
        const other = nodes[k]!;
        const shared = sharedRange(p.range, other.range);
        if (!shared) continue;
        out.push({
          rule: this.id,
          severity: "info",
          fields: [p.field, other.field],
          message: `The ${p.label} lies in the ${other.label} (shared: ${describeRange(shared)}), as L2 announcements need; keep those addresses out of DHCP and off every node.`,
          fix,
          source,
        });
      }
      if (hits.further > 0) {
        out.push(
          furtherOverlapsFinding(
            { rule: this.id, severity: "info", fix, source },
            p,
            hits.named.map((k) => nodes[k]!),
            hits.further,
            "keep those addresses out of DHCP and off every node.",
          ),
        );
      }
    }
    return out;
  },
};
