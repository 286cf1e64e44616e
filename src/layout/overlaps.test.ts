import { describe, expect, it } from "vitest";
import { contains, prefixAt } from "../core/ip/prefix.ts";
import { blockCount, largestBlock, rangeToPrefixes, type AddressRange } from "../core/ip/range.ts";
import { findOverlaps } from "./overlaps.ts";
import { itemRange, type RangeItem } from "./rangeItems.ts";
import { itemsOf } from "../../test/layout/overlapItems.ts";

describe("findOverlaps", () => {
  it("reports 64 nested IPv6 start-end pools as one region, not one overlap per pair of blocks", () => {
    const items: RangeItem[] = Array.from({ length: 64 }, (_, i) => {
      const span: AddressRange = {
        family: "ipv6",
        first: (0xfd00n << 112n) + BigInt(i * 2 + 3),
        last: (0xfd00ffffn << 96n) + 0xffffffffffffffffffffn - BigInt(i * 2 + 1),
      };
      return {
        id: `i${i}`,
        role: "lb" as const,
        field: `loadBalancer.pools.${i}.range`,
        name: `p${i}`,
        source: "",
        prefix: largestBlock(span),
        span,
      };
    });
    expect(items.reduce((n, i) => n + blockCount(itemRange(i)), 0)).toBeGreaterThan(64 * 100);
    const overlaps = findOverlaps(items);
    // Each part is named after the aligned blocks of both pools holding it.
    for (const o of overlaps) {
      expect(contains(o.a.prefix, o.prefix) && contains(o.b.prefix, o.prefix)).toBe(true);
      expect(o.a.span).toBeUndefined();
      expect(rangeToPrefixes(itemRange(items[0] as RangeItem))).toContainEqual(o.a.prefix);
    }
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
