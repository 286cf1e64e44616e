import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitsOf, type Family } from "./family.ts";
import { lastAddress, prefixAt } from "./prefix.ts";
import { parseAddressRange, rangesOverlap, rangeToPrefixes, type AddressRange } from "./range.ts";

const r = (text: string): AddressRange => {
  const parsed = parseAddressRange(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

const arbitraryRange: fc.Arbitrary<AddressRange> = fc
  .constantFrom<Family>("ipv4", "ipv6")
  .chain((family) => {
    const max = (1n << BigInt(bitsOf(family))) - 1n;
    return fc
      .tuple(
        fc.bigInt({ min: 0n, max }),
        fc.oneof(fc.bigInt({ min: 0n, max: 5000n }), fc.bigInt({ min: 0n, max })),
      )
      .map(([first, span]) => ({ family, first, last: first + span > max ? max : first + span }));
  });

describe("rangeToPrefixes", () => {
  it("covers exactly the range with aligned, adjacent blocks", () => {
    fc.assert(
      fc.property(arbitraryRange, (range) => {
        const blocks = rangeToPrefixes(range);
        let next = range.first;
        for (const block of blocks) {
          expect(block.family).toBe(range.family);
          expect(block.network).toBe(next);
          // Aligned: the block is its own normalised prefix.
          expect(prefixAt(block.family, block.network, block.length)).toEqual(block);
          next = lastAddress(block) + 1n;
        }
        expect(next - 1n).toBe(range.last);
        // At most two blocks per prefix length (the fewest-blocks decomposition).
        const perLength = new Map<number, number>();
        for (const b of blocks) perLength.set(b.length, (perLength.get(b.length) ?? 0) + 1);
        for (const count of perLength.values()) expect(count).toBeLessThanOrEqual(2);
      }),
      { numRuns: 500 },
    );
  });
});

describe("rangesOverlap", () => {
  it("is symmetric and never across families", () => {
    fc.assert(
      fc.property(arbitraryRange, arbitraryRange, (a, b) => {
        expect(rangesOverlap(a, b)).toBe(rangesOverlap(b, a));
        if (a.family !== b.family) expect(rangesOverlap(a, b)).toBe(false);
      }),
    );
    expect(rangesOverlap(r("10.0.0.0/24"), r("10.0.0.255-10.0.1.5"))).toBe(true);
    expect(rangesOverlap(r("10.0.0.0/24"), r("10.0.1.0-10.0.1.5"))).toBe(false);
  });
});
