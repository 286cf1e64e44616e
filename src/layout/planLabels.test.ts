import { describe, expect, it } from "vitest";
import { nestedPools, withPools } from "../../test/layout/planDesigns.ts";
import {
  estimateWidth,
  gapLabels,
  gapSizingLabel,
  labelHeight,
  labelWidth,
  rangeLabel,
  rangeLabels,
  stackedLabels,
} from "./planLabels.ts";
import { planEntries, planLayout } from "./planView.ts";
import { collectRanges, itemText } from "./rangeItems.ts";

describe("labels of start-end pools", () => {
  it("names each pool by its run as the user wrote it, so nested pools are told apart", () => {
    const design = nestedPools();
    const items = collectRanges(design, "ipv6").filter((i) => i.role === "lb");
    expect(items).toHaveLength(64);
    // All 64 share one largest aligned block: the label names the run, not that block.
    expect(new Set(items.map((i) => i.prefix.network)).size).toBe(1);
    const texts = items.map((i) => rangeLabel(i)[1]);
    expect(texts).toEqual(design.loadBalancer.pools.map((p) => p.range));
    expect(rangeLabel(items[0]!)).toEqual([
      "LoadBalancer pool p1",
      "fd00::3-fd00:ffff:ffff:ffff:ffff:ffff:ffff:fffc",
    ]);
  });

  it("writes a run compactly, and a start-end pool that is one block as its CIDR", () => {
    const design = withPools([" 10.200.0.10 - 10.200.0.60", "10.201.0.0-10.201.0.255"]);
    const [run, block] = collectRanges(design, "ipv4").filter((i) => i.role === "lb");
    expect(itemText(run!)).toBe("10.200.0.10-10.200.0.60");
    expect(itemText(block!)).toBe("10.201.0.0/24");
    // One, two, and for the run three lines, broken after the dash.
    expect(rangeLabels(run!)).toEqual([
      ["LoadBalancer pool p1 10.200.0.10-10.200.0.60"],
      ["LoadBalancer pool p1", "10.200.0.10-10.200.0.60"],
      ["LoadBalancer pool p1", "10.200.0.10-", "10.200.0.60"],
    ]);
    expect(rangeLabels(block!)).toHaveLength(2);
  });

  for (const width of [1000, 340]) {
    it(`sizes each pool's tile for the label it is drawn with at ${width} px`, () => {
      const items = collectRanges(nestedPools(), "ipv6");
      const layout = planLayout("ipv6", items, width, estimateWidth);
      const pools = layout.tiles.filter((t) => t.type === "range" && t.item.role === "lb");
      expect(pools).toHaveLength(64);
      for (const t of pools) {
        if (t.type !== "range") continue;
        // The widest stacked label that fits the map: two lines at 1000 px; at 340 px an IPv6
        // run does not fit on one line (46 characters), so three.
        const [, two, three] = rangeLabels(t.item);
        const fits = labelWidth(two!, estimateWidth) + 4 <= width ? two! : three!;
        expect(fits).toBe(width === 1000 ? two : three);
        expect(t.rect.width).toBeGreaterThanOrEqual(labelWidth(fits, estimateWidth) + 4);
        expect(t.rect.height).toBeGreaterThanOrEqual(labelHeight(fits) + 4);
        expect(t.rect.x + t.rect.width).toBeLessThanOrEqual(width);
      }
    });
  }
});

describe("the label forms the plan layout sizes tiles for", () => {
  it("are the stacked forms of each range and the short form of each gap", () => {
    for (const design of [nestedPools(), withPools(["10.0.0.5-10.0.9.1", "10.1.0.0/24"])]) {
      for (const family of design.ipFamilies) {
        for (const entry of planEntries(collectRanges(design, family))) {
          if (entry.type === "gap") {
            expect(gapSizingLabel(entry.span)).toEqual(gapLabels(entry.span)[1]);
            expect(gapSizingLabel(entry.span)[0]).toBe("free");
            continue;
          }
          const [one, ...stacked] = rangeLabels(entry.item);
          expect(stackedLabels(entry.item)).toEqual(stacked);
          expect(one).toEqual([stacked[0]!.join(" ")]);
        }
      }
    }
  });
});
