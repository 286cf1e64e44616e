import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitsOf, type Family } from "./family.ts";
import { lastAddress, prefixAt } from "./prefix.ts";
import {
  blockContaining,
  blockCount,
  largestBlock,
  parseAddressRange,
  rangesOverlap,
  rangeToPrefixes,
  type AddressRange,
} from "./range.ts";

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

describe("rangeToPrefixes and blockContaining at scale", () => {
  const run = fc
    .tuple(
      fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
      fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
    )
    .map(([a, b]) => ({ family: "ipv6" as const, first: a < b ? a : b, last: a < b ? b : a }));

  it("covers the run exactly with maximal aligned blocks, and stops at the limit", () => {
    fc.assert(
      fc.property(run, fc.integer({ min: 1, max: 5 }), (r, limit) => {
        const blocks = rangeToPrefixes(r);
        expect(blocks.length).toBeLessThanOrEqual(2 * 128);
        let at = r.first;
        for (const b of blocks) {
          expect(b.network).toBe(at);
          // Maximal: the next wider aligned block leaves the run.
          if (b.length > 0) {
            const wider = prefixAt("ipv6", b.network, b.length - 1);
            expect(wider.network < r.first || lastAddress(wider) > r.last).toBe(true);
          }
          at = lastAddress(b) + 1n;
        }
        expect(at).toBe(r.last + 1n);
        expect(rangeToPrefixes(r, limit)).toEqual(blocks.slice(0, limit));
      }),
    );
  });

  it("blockContaining finds the block of the run holding an address", () => {
    fc.assert(
      fc.property(run, fc.bigInt({ min: 0n, max: 1n << 64n }), (r, off) => {
        const address = r.first + (off % (r.last - r.first + 1n));
        const expected = rangeToPrefixes(r).find(
          (b) => b.network <= address && address <= lastAddress(b),
        );
        expect(blockContaining(r, address)).toEqual(expected);
      }),
    );
  });

  it("blockContaining finds the block of nested and IPv4 runs at every edge", () => {
    // Runs like the hostile link's pools (fd00::3 - fd00:ffff:...:fffc) and any IPv4 run,
    // with addresses at and beside the ends and at random.
    const nested = fc
      .tuple(fc.bigInt({ min: 1n, max: 1n << 20n }), fc.bigInt({ min: 1n, max: 1n << 20n }))
      .map(([a, b]) => ({
        family: "ipv6" as const,
        first: (0xfd00n << 112n) + a,
        last: (0xfd01n << 112n) - b,
      }));
    fc.assert(
      fc.property(
        fc.oneof(nested, arbitraryRange),
        fc.bigInt({ min: 0n, max: 1n << 40n }),
        (r, off) => {
          const size = r.last - r.first + 1n;
          for (const address of [r.first, r.last, r.first + (off % size), r.last - (off % size)]) {
            const expected = rangeToPrefixes(r).find(
              (b) => b.network <= address && address <= lastAddress(b),
            );
            expect(blockContaining(r, address)).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("largestBlock and blockCount agree with the listed blocks, without listing them", () => {
    fc.assert(
      fc.property(fc.oneof(run, arbitraryRange), (r) => {
        const blocks = rangeToPrefixes(r);
        expect(blockCount(r)).toBe(blocks.length);
        // The first of the shortest prefixes, in address order.
        const shortest = blocks.reduce((a, b) => (b.length < a.length ? b : a));
        expect(largestBlock(r)).toEqual(shortest);
      }),
    );
  });
});
