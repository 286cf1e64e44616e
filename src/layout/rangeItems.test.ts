import { describe, expect, it } from "vitest";
import { withPools } from "../../test/layout/planDesigns.ts";
import { formatPrefix, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { rangeToPrefixes } from "../core/ip/range.ts";
import { outsideRoot, rootOf } from "./mapRoot.ts";
import { blockOf, collectRanges, itemBlocks, itemCover, itemRange } from "./rangeItems.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;

describe("range items of start-end pools", () => {
  const design = withPools([
    "192.168.1.10-192.168.1.60",
    "192.168.2.0-192.168.2.255",
    "10.1.0.0/24",
  ]);
  const pools = collectRanges(design, "ipv4").filter((i) => i.role === "lb");

  it("gives each pool one item; a run that is one aligned block has no span", () => {
    expect(pools.map((i) => [i.id, i.source, i.span !== undefined])).toEqual([
      // 10-60 is .10/31 .12/30 .16/28 .32/28 .48/29 .56/30 .60/32: the first /28 is the largest.
      // A pool with a span has its own tag (`lb#<index>`); CIDR ranges keep their CIDR id.
      ["ipv4:192.168.1.16/28:lb#0", "192.168.1.10-192.168.1.60", true],
      ["ipv4:192.168.2.0/24:lb", "192.168.2.0-192.168.2.255", false],
      ["ipv4:10.1.0.0/24:lb", "10.1.0.0/24", false],
    ]);
    expect(itemRange(pools[0]!)).toEqual({
      family: "ipv4",
      first: p("192.168.1.10/32").network,
      last: p("192.168.1.60/32").network,
    });
    expect(itemRange(pools[1]!)).toEqual({
      family: "ipv4",
      first: p("192.168.2.0/32").network,
      last: p("192.168.2.255/32").network,
    });
  });

  it("finds a pool's blocks when asked: by address, all of them, and their cover", () => {
    const pool = pools[0]!;
    const blocks = rangeToPrefixes(itemRange(pool));
    expect(itemBlocks(pool).map((b) => b.prefix)).toEqual(blocks);
    expect(itemBlocks(pool).map((b) => b.id)).toEqual(
      blocks.map((b) => `ipv4:${formatPrefix(b)}:lb#0`),
    );
    for (const block of itemBlocks(pool)) {
      expect(block.span).toBeUndefined();
      expect([block.field, block.name, block.source]).toEqual([pool.field, pool.name, pool.source]);
    }
    expect(blockOf(pool, p("192.168.1.50/32").network).prefix).toEqual(p("192.168.1.48/29"));
    expect(blockOf(pools[1]!, p("192.168.2.9/32").network)).toBe(pools[1]);
    expect(formatPrefix(itemCover(pool))).toBe("192.168.1.0/26");
    expect(itemCover(pools[2]!)).toBe(pools[2]!.prefix);
  });

  it("roots the map on a pool's whole run and lists a pool outside it once", () => {
    // 10.0.0.0/8 holds the defaults; the pools at 192.168.1.10-60 and 192.168.2.0/24 lie outside.
    const items = collectRanges(design, "ipv4");
    expect(outsideRoot(items, p("10.0.0.0/8")).map((i) => i.source)).toEqual([
      "192.168.1.10-192.168.1.60",
      "192.168.2.0-192.168.2.255",
    ]);
    // A root holding part of a run draws that part: the pool is not listed as outside.
    expect(outsideRoot(items, p("192.168.1.32/27")).map((i) => i.name)).not.toContain("p1");
    const only = withPools(["192.168.1.10-192.168.1.200"]);
    const lb = collectRanges(only, "ipv4").filter((i) => i.role === "lb");
    expect(formatPrefix(rootOf(lb) as Prefix)).toBe("192.168.1.0/24");
  });
});
