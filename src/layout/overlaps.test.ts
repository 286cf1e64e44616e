import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contains, lastAddress, prefixAt } from "../core/ip/prefix.ts";
import { rangeToPrefixes } from "../core/ip/range.ts";
import { findOverlaps } from "./overlaps.ts";
import type { RangeItem } from "./rangeItems.ts";

/** Items of a design whose ranges are runs [first, last] of a /24 (one field per run). */
function itemsOf(runs: readonly [number, number][]): RangeItem[] {
  return runs.flatMap(([first, last], i) =>
    rangeToPrefixes({ family: "ipv4", first: BigInt(first), last: BigInt(last) }).map((p) => ({
      id: `x${i}`,
      role: "lb" as const,
      field: `loadBalancer.pools.${i}.range`,
      name: `p${i}`,
      source: `${first}-${last}`,
      prefix: p,
    })),
  );
}

const run = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));

describe("findOverlaps", () => {
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

  it("reports 64 nested IPv6 start-end pools as one region, not one overlap per pair of blocks", () => {
    const items: RangeItem[] = Array.from({ length: 64 }, (_, i) => i).flatMap((i) =>
      rangeToPrefixes({
        family: "ipv6",
        first: (0xfd00n << 112n) + BigInt(i * 2 + 3),
        last: (0xfd00ffffn << 96n) + 0xffffffffffffffffffffn - BigInt(i * 2 + 1),
      }).map((p) => ({
        id: `i${i}`,
        role: "lb" as const,
        field: `loadBalancer.pools.${i}.range`,
        name: `p${i}`,
        source: "",
        prefix: p,
      })),
    );
    expect(items.length).toBeGreaterThan(64 * 100);
    const overlaps = findOverlaps(items);
    // The region two or more pools claim is pool 1's run: its aligned blocks, at most 2 x 128.
    expect(overlaps.length).toBeLessThanOrEqual(256);
    expect(new Set(overlaps.map((o) => `${o.a.field}|${o.b.field}`))).toEqual(
      new Set(["loadBalancer.pools.0.range|loadBalancer.pools.1.range"]),
    );
  });

  it("names a CIDR nested in another after both", () => {
    const [o] = findOverlaps(
      itemsOf([
        [0, 255],
        [16, 31],
      ]),
    );
    expect(o?.prefix).toEqual(prefixAt("ipv4", 16n, 28));
    expect([o?.a.field, o?.b.field]).toEqual([
      "loadBalancer.pools.0.range",
      "loadBalancer.pools.1.range",
    ]);
  });
});
