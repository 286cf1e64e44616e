import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import { rangesOverlap } from "../ip/range.ts";
import { clusterRanges } from "./clusterRanges.ts";
import type { ClusterRouting, Plan } from "./plan.ts";
import type { RangeRole } from "../rules/rule.ts";
import { planOverlapFindings } from "./planOverlaps.ts";

/** A cluster whose pod ranges, node networks, pools and external ranges all nest in 10/8. */
function nested(name: string, n: number, shift: number): Design {
  const base = defaultDesign();
  return {
    ...base,
    name,
    ipFamilies: ["ipv4"],
    ipv6: undefined,
    ipv4: {
      podCidrs: Array.from({ length: n }, (_, i) => `10.0.0.0/${8 + ((i + shift) % 17)}`),
      nodeMask: 26,
      serviceCidr: `10.${96 + shift}.0.0/16`,
    },
    nodes: {
      ...base.nodes,
      networks: Array.from({ length: n }, (_, i) => ({
        name: `n${i}`,
        cidr: `10.${(i * 7 + shift) % 256}.0.0/16`,
      })),
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: Array.from({ length: n }, (_, i) => ({
        name: `p${i}`,
        range: `10.${(i * 5 + shift) % 256}.0.1-10.${(i * 5 + shift) % 256}.3.254`,
      })),
    },
    externalRanges: Array.from({ length: n }, (_, i) => ({
      name: `e${i}`,
      cidr: `10.${shift}.0.0/${8 + (i % 20)}`,
    })),
  };
}

/**
 * Whether blocks of two roles of different clusters may not share addresses, as the findings
 * document it: pods, Services, node networks and pools, Services only when clusters route.
 */
function clash(a: RangeRole, b: RangeRole, routing: ClusterRouting): boolean {
  const compared = (r: RangeRole) => r !== "external";
  if (!compared(a) || !compared(b)) return false;
  return routing === "connected" || (a !== "services" && b !== "services");
}

/**
 * What planOverlapFindings must say, by checking every pair: for each block, the first block
 * of another, earlier cluster that it may not share addresses with and does.
 */
function firstClashesByPairs(plan: Plan): string[] {
  const all = clusterRanges(plan.clusters);
  const out: string[] = [];
  all.forEach((b, j) => {
    const a = all.find(
      (a, i) =>
        i < j &&
        a.cluster !== b.cluster &&
        clash(a.role, b.role, plan.routing) &&
        rangesOverlap(a.range, b.range),
    );
    if (a)
      out.push(`${b.cluster} ${b.field} ${a.label} of cluster "${plan.clusters[a.cluster]!.name}"`);
  });
  return out;
}

describe("planOverlapFindings against every pair checked", () => {
  it("names each later block's first clashing block of an earlier cluster, for both routings", () => {
    // Clusters whose own blocks overlap one another first, then earlier clusters' blocks; the
    // Service ranges (10.96-98/16) sit inside other clusters' pod ranges.
    const clusters = [nested("a", 12, 0), { ...defaultDesign(), name: "b" }, nested("c", 9, 1)];
    clusters.push(nested("d", 15, 2));
    const byRouting: string[][] = [];
    for (const routing of ["connected", "isolated"] as ClusterRouting[]) {
      const plan: Plan = { clusters, routing };
      const found = planOverlapFindings(plan).map((f) => {
        const named = f.message.match(/overlaps (.*)$/)?.[1]?.split(";")[0];
        return `${f.cluster} ${f.fields[0]} ${named}`;
      });
      const expected = firstClashesByPairs(plan);
      expect(expected.length).toBeGreaterThan(20);
      expect(found).toEqual(expected);
      byRouting.push(expected);
    }
    // The Service ranges clash with other clusters' pod ranges only while the clusters route.
    expect(byRouting[0]!.some((f) => f.includes(" ipv4.serviceCidr "))).toBe(true);
    expect(byRouting[1]!.some((f) => f.includes(" ipv4.serviceCidr "))).toBe(false);
  });
});
