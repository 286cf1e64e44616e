import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planDesigns } from "../../test/layout/planDesigns.ts";
import { commonSupernet, formatPrefix } from "../core/ip/prefix.ts";
import { blockContaining, formatRange, rangeToPrefixes } from "../core/ip/range.ts";
import { planEntries } from "./planView.ts";
import { collectRanges, itemCover, itemText, type RangeItem } from "./rangeItems.ts";

const family = fc.constantFrom("ipv4" as const, "ipv6" as const);
/** A run of either family, often short, often near an aligned edge, sometimes the whole space. */
const run = family.chain((f) => {
  const top = (1n << (f === "ipv4" ? 32n : 128n)) - 1n;
  const address = fc.oneof(
    fc.bigInt({ min: 0n, max: top }),
    fc.integer({ min: 0, max: f === "ipv4" ? 31 : 127 }).map((b) => 1n << BigInt(b)),
    fc.constantFrom(0n, top),
  );
  return fc.tuple(address, address, fc.bigInt({ min: 0n, max: 300n })).map(([a, b, d]) => {
    const first = a < b ? a : b;
    const last = first === (a < b ? b : a) && first + d <= top ? first + d : a < b ? b : a;
    return { family: f, first, last };
  });
});

const pool = (span: { family: "ipv4" | "ipv6"; first: bigint; last: bigint }): RangeItem => ({
  id: "x",
  role: "lb",
  field: "loadBalancer.pools.0.range",
  name: "p",
  source: formatRange(span),
  prefix: rangeToPrefixes(span, 1)[0]!,
  span,
});

describe("range items against the ways they were found before", () => {
  it("a span's cover is the common supernet of the blocks holding its ends", () => {
    fc.assert(
      fc.property(run, (span) => {
        const before = commonSupernet([
          blockContaining(span, span.first),
          blockContaining(span, span.last),
        ]);
        expect(itemCover(pool(span))).toEqual(before);
      }),
      { numRuns: 2000 },
    );
  });

  it("a plan tile's first block is the block holding its first address", () => {
    for (const { design } of planDesigns())
      for (const f of design.ipFamilies)
        for (const e of planEntries(collectRanges(design, f))) {
          if (e.type !== "range") continue;
          expect(e.firstBlock).toEqual(
            e.item.span ? blockContaining(e.item.span, e.item.span.first) : e.item.prefix,
          );
        }
  });

  it("an item's text is its range written afresh, each time it is read", () => {
    for (const { design } of planDesigns())
      for (const f of design.ipFamilies)
        for (const item of collectRanges(design, f)) {
          const fresh = item.span ? formatRange(item.span) : formatPrefix(item.prefix);
          expect(itemText(item)).toBe(fresh);
          expect(itemText(item)).toBe(fresh);
          expect(item.id.startsWith(`${f}:${formatPrefix(item.prefix)}:`)).toBe(true);
        }
  });
});
