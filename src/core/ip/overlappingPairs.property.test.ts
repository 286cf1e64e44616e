import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossPairs, overlappingPairs, type Span } from "./overlappingPairs.ts";

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
