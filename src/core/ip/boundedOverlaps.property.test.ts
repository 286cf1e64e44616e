import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossOverlaps, earlierOverlaps } from "./boundedOverlaps.ts";
import { crossPairs, overlappingPairs, type Span } from "./overlappingPairs.ts";

const span = fc
  .record({
    family: fc.constantFrom("ipv4", "ipv6"),
    a: fc.bigInt({ min: 0n, max: 64n }),
    b: fc.bigInt({ min: 0n, max: 64n }),
  })
  .map(({ family, a, b }): Span => ({ family, first: a < b ? a : b, last: a < b ? b : a }));

/** Pairs grouped by `key`, each group's others ascending, cut at `limit` with the rest counted. */
function grouped(pairs: [number, number][], owner: 0 | 1, limit: number) {
  const by = new Map<number, number[]>();
  for (const p of pairs) {
    const list = by.get(p[owner]) ?? [];
    list.push(p[1 - owner] as number);
    by.set(p[owner], list);
  }
  return [...by.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([o, others]) => {
      const sorted = others.sort((a, b) => a - b);
      return { owner: o, others: sorted.slice(0, limit), more: Math.max(0, sorted.length - limit) };
    });
}

describe("bounded overlaps (properties)", () => {
  it("earlierOverlaps: every later span's lowest earlier overlaps and a count of the rest", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.nat(6), (spans, limit) => {
        expect(earlierOverlaps(spans, limit)).toEqual(grouped(overlappingPairs(spans), 1, limit));
      }),
    );
  });

  it("crossOverlaps: each span of the first list with its lowest overlaps in the second", () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 20 }),
        fc.array(span, { maxLength: 20 }),
        fc.nat(6),
        (as, bs, limit) => {
          expect(crossOverlaps(as, bs, limit)).toEqual(grouped(crossPairs(as, bs), 0, limit));
        },
      ),
    );
  });
});

describe("bounded overlaps", () => {
  it("1,000 nested spans give 1,000 owners, not 500,000 pairs", () => {
    const nested = Array.from({ length: 1000 }, (_, i) => ({
      first: BigInt(i),
      last: 100_000n - BigInt(i),
    }));
    const hits = earlierOverlaps(nested, 3);
    expect(hits).toHaveLength(999);
    expect(hits[998]).toEqual({ owner: 999, others: [0, 1, 2], more: 996 });
  });
});
