import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Family } from "../ip/family.ts";
import { blockReservations, podIpsInBlock } from "./nodeBlock.ts";

describe("nodeBlockReservations", () => {
  it("agrees with the closed-form counts for every allocator and mask", () => {
    const closedForm = (allocator: string, family: Family, mask: number): bigint => {
      const bits = family === "ipv4" ? 32 : 128;
      const size = 1n << BigInt(bits - mask);
      const clamp = (n: bigint) => (n > 0n ? n : 0n);
      switch (allocator) {
        case "host-local":
          return bits - mask < 2 ? 0n : clamp(size - (family === "ipv4" ? 3n : 2n));
        case "cilium":
          return bits - mask < 2
            ? 0n
            : clamp((size > 65_536n && family === "ipv6" ? 65_536n : size) - 4n);
        default:
          return size;
      }
    };
    fc.assert(
      fc.property(
        fc.constantFrom("host-local" as const, "cilium" as const, "calico-block" as const),
        fc.constantFrom<Family>("ipv4", "ipv6"),
        fc.integer({ min: 0, max: 128 }),
        (allocator, family, rawMask) => {
          const mask = family === "ipv4" ? rawMask % 33 : rawMask;
          const r = blockReservations(allocator, family, mask);
          expect(r).toBeDefined();
          if (!r) return;
          expect(podIpsInBlock(r)).toBe(closedForm(allocator, family, mask));
          for (const f of r.fixed) {
            expect(f.index >= 0n && f.index < r.usableEnd).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
