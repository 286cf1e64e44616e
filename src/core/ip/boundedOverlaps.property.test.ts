import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  crossOverlapsByPairs,
  earlierOverlapsByPairs,
} from "../../../test/core/ip/overlapReference.ts";
import { crossOverlaps, earlierOverlaps, type Span } from "./boundedOverlaps.ts";

/**
 * Spans that nest, repeat and share bounds often: bounds drawn from a few values near zero, a
 * few IPv4 edges and IPv6 values above 2^64 (the bigint paths), in two families and none;
 * single addresses (first == last) and the same span twice come up on their own.
 */
const bound = fc.oneof(
  fc.bigInt({ min: 0n, max: 12n }),
  fc.constantFrom(0xfffffffen, 0xffffffffn, 1n << 64n, (1n << 64n) + 1n, (1n << 128n) - 1n),
  fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
);
const span = fc
  .record({ family: fc.constantFrom("ipv4", "ipv6", undefined), a: bound, b: bound })
  .map(({ family, a, b }): Span => {
    const s = { first: a < b ? a : b, last: a < b ? b : a };
    return family ? { ...s, family } : s;
  });
/** Lists with duplicates: some spans are copies of earlier ones. */
const spans = (maxLength: number) =>
  fc
    .tuple(fc.array(span, { maxLength }), fc.array(fc.nat(), { maxLength: 8 }))
    .map(([list, copies]) =>
      list.length === 0 ? list : [...list, ...copies.map((c) => list[c % list.length]!)],
    );
const limit = fc.integer({ min: 0, max: 5 });

describe("bounded overlaps against every pair checked (properties)", () => {
  it("earlierOverlaps: each later span's lowest earlier overlaps and the exact count of the rest", () => {
    fc.assert(
      fc.property(spans(60), limit, (list, k) => {
        expect(earlierOverlaps(list, k)).toEqual(earlierOverlapsByPairs(list, k));
      }),
      { numRuns: 500 },
    );
  });

  it("crossOverlaps: each span of the first list with its lowest overlaps in the second", () => {
    fc.assert(
      fc.property(spans(40), spans(40), limit, (as, bs, k) => {
        expect(crossOverlaps(as, bs, k)).toEqual(crossOverlapsByPairs(as, bs, k));
      }),
      { numRuns: 500 },
    );
  });
});
