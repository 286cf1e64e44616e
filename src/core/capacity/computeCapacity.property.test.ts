import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { computeCapacity } from "./computeCapacity.ts";

describe("computeCapacity: properties", () => {
  it("never gives more usable node ranges than node ranges, nor withheld beyond them", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const c = computeCapacity(design);
        for (const family of design.ipFamilies) {
          const f = c[family];
          expect(f).toBeDefined();
          if (!f) continue;
          expect(f.usableNodeSubnets).toBe(f.nodeSubnets - f.withheldNodeSubnets);
          expect(f.usableNodeSubnets >= 0n && f.usableNodeSubnets <= f.nodeSubnets).toBe(true);
          expect(f.podsPerNode).toBeLessThanOrEqual(design.nodes.maxPods);
          expect(BigInt(f.podsPerNode) <= f.podIPsPerNode).toBe(true);
          expect(f.clusterPods).toBe(f.maxNodes * BigInt(f.podsPerNode));
          expect(c.maxNodes <= f.maxNodes).toBe(true);
          expect(f.podIPsRule.length).toBeGreaterThan(0);
        }
        for (const family of ["ipv4", "ipv6"] as const) {
          if (!design.ipFamilies.includes(family)) expect(c[family]).toBeUndefined();
        }
        expect(c.lbPools).toHaveLength(design.loadBalancer.pools.length);
        expect(c.nodeNetworks).toHaveLength(design.nodes.networks.length);
      }),
      { numRuns: 300 },
    );
  });

  it("withholds nothing in generated designs (they never overlap) and under IPAMs blind to Services", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const c = computeCapacity(design);
        for (const family of design.ipFamilies) expect(c[family]?.withheldNodeSubnets).toBe(0n);
      }),
      { numRuns: 200 },
    );
  });
});
