import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossPairs, overlappingPairs, overlapSweep, type Span } from "./overlappingPairs.ts";

const span = fc
  .record({
    family: fc.constantFrom("ipv4", "ipv6"),
    a: fc.bigInt({ min: 0n, max: 64n }),
    b: fc.bigInt({ min: 0n, max: 64n }),
  })
  .map(({ family, a, b }): Span => ({ family, first: a < b ? a : b, last: a < b ? b : a }));

function brute(spans: readonly Span[]): [number, number][] {
  const out: [number, number][] = [];
  spans.forEach((b, j) => {
    spans.slice(0, j).forEach((a, i) => {
      if (a.family === b.family && a.first <= b.last && b.first <= a.last) out.push([i, j]);
    });
  });
  return out;
}

describe("overlappingPairs (properties)", () => {
  it("finds exactly the pairs a nested loop finds, in the same order", () => {
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        expect(overlappingPairs(spans)).toEqual(brute(spans));
      }),
    );
  });
});

describe("crossPairs (properties)", () => {
  it("matches a nested loop over the two lists, ordered by the first list", () => {
    fc.assert(
      fc.property(
        fc.array(span, { maxLength: 20 }),
        fc.array(span, { maxLength: 20 }),
        (as, bs) => {
          const expected: [number, number][] = [];
          as.forEach((a, i) =>
            bs.forEach((b, j) => {
              if (a.family === b.family && a.first <= b.last && b.first <= a.last)
                expected.push([i, j]);
            }),
          );
          expect(crossPairs(as, bs)).toEqual(expected);
        },
      ),
    );
  });
});

/** The sweep by a comparator sort (family, first address, index): the visits in order. */
function referenceVisits(spans: readonly Span[]): [number, number][] {
  const order = spans.map((_, i) => i);
  const fam = (s: Span) => s.family ?? "";
  order.sort((x, y) => {
    const a = spans[x]!;
    const b = spans[y]!;
    if (fam(a) !== fam(b)) return fam(a) < fam(b) ? -1 : 1;
    return a.first < b.first ? -1 : a.first > b.first ? 1 : x - y;
  });
  const out: [number, number][] = [];
  let active: number[] = [];
  for (const j of order) {
    const s = spans[j]!;
    active = active.filter((i) => spans[i]!.last >= s.first && fam(spans[i]!) === fam(s));
    for (const i of active) out.push([i, j]);
    active.push(j);
  }
  return out;
}

describe("overlapSweep (properties)", () => {
  // IPv4 spans over the whole 32-bit space (sorted natively) and beyond it, other families and
  // none (sorted by the comparator); many equal first addresses.
  const wide = fc
    .record({
      family: fc.constantFrom("ipv4", "ipv4", "ipv4", "ipv6", undefined),
      first: fc.oneof(
        fc.bigInt({ min: 0n, max: 20n }),
        fc.bigInt({ min: 0n, max: 0xffffffffn }),
        fc.constantFrom(0xffffffffn, 0x100000000n, 1n << 100n),
      ),
      size: fc.bigInt({ min: 0n, max: 1n << 31n }),
    })
    .map(({ family, first, size }): Span => ({
      ...(family ? { family } : {}),
      first,
      last: first + size,
    }));

  it("visits the pairs in the order of a comparator-sorted sweep", () => {
    fc.assert(
      fc.property(fc.array(wide, { maxLength: 60 }), (spans) => {
        const seen: [number, number][] = [];
        overlapSweep(spans, (x, y) => seen.push([x, y]));
        expect(seen).toEqual(referenceVisits(spans));
      }),
      { numRuns: 500 },
    );
  });
});
