import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AddressRange } from "../ip/range.ts";
import { avoidSet } from "./freeBlocks.ts";
import { growingAvoid } from "./growingAvoid.ts";

// Small IPv4 ranges near each other, so adds overlap, nest and touch often.
const range = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 12 }))
  .map(([first, span]): AddressRange => ({
    family: "ipv4",
    first: BigInt(first),
    last: BigInt(first + span),
  }));

describe("growingAvoid (property)", () => {
  it("after any adds, equals avoidSet of everything, and overlaps() equals a check of each range", () => {
    fc.assert(
      fc.property(
        fc.array(range, { maxLength: 20 }),
        fc.array(fc.tuple(range, range), { maxLength: 30 }),
        (start, steps) => {
          const g = growingAvoid(avoidSet("ipv4", start));
          const all = [...start];
          for (const [question, added] of steps) {
            const brute = all.some((t) => t.first <= question.last && question.first <= t.last);
            expect(g.overlaps(question)).toBe(brute);
            g.add(added);
            all.push(added);
            expect(g.set.runs).toEqual(avoidSet("ipv4", all).runs);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
