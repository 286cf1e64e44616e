import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, lastAddress } from "../core/ip/prefix.ts";
import { findOverlaps } from "./overlaps.ts";
import { itemsOf } from "../../test/layout/overlapItems.ts";

const run = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));

describe("findOverlaps (properties)", () => {
  it("covers exactly the addresses two or more ranges claim, once, named after two of them", () => {
    fc.assert(
      fc.property(fc.array(run, { maxLength: 12 }), (runs) => {
        const overlaps = findOverlaps(itemsOf(runs));
        const covered = new Map<number, number>();
        for (const o of overlaps) {
          expect(contains(o.a.prefix, o.prefix) && contains(o.b.prefix, o.prefix)).toBe(true);
          expect(o.a.field).not.toBe(o.b.field);
          for (let x = Number(o.prefix.network); x <= Number(lastAddress(o.prefix)); x++) {
            covered.set(x, (covered.get(x) ?? 0) + 1);
          }
        }
        for (let x = 0; x < 256; x++) {
          const claims = runs.filter(([f, l]) => f <= x && x <= l).length;
          expect(covered.get(x) ?? 0).toBe(claims >= 2 ? 1 : 0);
        }
      }),
    );
  });
});
