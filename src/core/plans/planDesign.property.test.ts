import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import { podIpsInBlock } from "../capacity/nodeBlock.ts";
import { FAMILIES } from "../ip/family.ts";
import { planDesign } from "./planDesign.ts";
import { unitsOf } from "./runs.ts";

const HANDED_OUT = ["svc-kubernetes", "svc-dns", "svc-static", "svc-dynamic"] as const;

describe("planDesign: properties", () => {
  it("roles cover each block exactly and add up to the capacity figures", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const plans = planDesign(design);
        const capacity = computeCapacity(design);
        for (const family of FAMILIES) {
          const f = plans[family];
          if (!f) continue;
          const c = capacity[family];
          if (f.block) {
            const roles = f.block.roles;
            expect(roles[0]?.start).toBe(0n);
            expect(roles.at(-1)?.end).toBe(f.block.reservations.blockSize);
            for (let i = 1; i < roles.length; i++) expect(roles[i]?.start).toBe(roles[i - 1]?.end);
            expect(f.block.podAddresses).toBe(podIpsInBlock(f.block.reservations));
            expect(f.block.podIps.ips).toBe(c?.podIPsPerNode);
          }
          if (f.service && c) {
            const served = HANDED_OUT.reduce((n, k) => n + unitsOf(f.service!.roles, k), 0n);
            expect(served).toBe(c.serviceIPs);
          }
          for (const pod of f.podRanges) {
            const total = pod.runs.reduce((n, r) => n + r.end - r.start, 0n);
            expect(total).toBe(pod.unused ? 0n : pod.nodeSubnets);
            expect(unitsOf(pod.runs, "node-withheld")).toBe(pod.withheld);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
