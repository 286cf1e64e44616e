import { describe, expect, it } from "vitest";
import { designSchema, type Design } from "../core/design/schema.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import { formatPrefix, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { planDesigns } from "../../test/layout/planDesigns.ts";
import { gapsBetween, largestAlignedBlock, nextFreeBlock } from "./gaps.ts";
import {
  compactCount,
  estimateWidth,
  gapText,
  labelHeight,
  labelWidth,
  rangeLabel,
  rangeLabels,
} from "./planLabels.ts";
import { buildPlanScene } from "./planScene.ts";
import { planLayout } from "./planView.ts";
import { collectRanges, itemText } from "./rangeItems.ts";
import { intersects } from "./rect.ts";
import { cellAt } from "./visibleCells.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;

describe("gaps", () => {
  it("finds the free runs between blocks in address order, merging nested and touching blocks", () => {
    const gaps = gapsBetween([
      p("10.96.0.0/12"),
      p("10.0.0.0/22"),
      p("10.244.0.0/16"),
      p("10.0.0.0/24"),
    ]);
    expect(gaps.map((g) => [g.first, g.last])).toEqual([
      [p("10.0.4.0/32").network, p("10.95.255.255/32").network],
      [p("10.112.0.0/32").network, p("10.243.255.255/32").network],
    ]);
    expect(gapsBetween([p("10.0.0.0/24"), p("10.0.1.0/24")])).toEqual([]);
  });

  it("names the largest aligned block and the next free /N of a run", () => {
    const run = {
      family: "ipv4" as const,
      first: p("10.0.4.0/32").network,
      last: p("10.95.255.255/32").network,
    };
    expect(formatPrefix(largestAlignedBlock(run))).toBe("10.32.0.0/11");
    expect(formatPrefix(nextFreeBlock(run, 16) as Prefix)).toBe("10.1.0.0/16");
    expect(formatPrefix(nextFreeBlock(run, 24) as Prefix)).toBe("10.0.4.0/24");
    expect(nextFreeBlock(run, 8)).toBeUndefined();
    expect(gapText(run)).toBe("free: 10.0.4.0 – 10.95.255.255, 6.3 M addresses");
  });

  it("counts compactly for labels", () => {
    expect([998n, 1000n, 6_290_432n, 2n ** 32n, 2n ** 64n].map(compactCount)).toEqual([
      "998",
      "1 K",
      "6.3 M",
      "4.3 G",
      "2^64",
    ]);
  });
});

describe("plan view", () => {
  const cases = planDesigns();
  for (const { name, design } of cases) {
    for (const family of design.ipFamilies) {
      for (const width of [340, 560, 1000]) {
        it(`${name} ${family} at ${width} px: every range a tile in address order, label fits`, () => {
          const items = collectRanges(design, family);
          const layout = planLayout(family, items, width, estimateWidth);
          const ranges = layout.tiles.filter((t) => t.type === "range");
          expect(ranges.map((t) => t.item.id).sort()).toEqual(items.map((i) => i.id).sort());
          // Address order: each tile starts at or after the one before (gaps included).
          const starts = layout.tiles.map((t) =>
            t.type === "range" ? t.item.prefix.network : t.span.first,
          );
          for (let i = 1; i < starts.length; i++) expect(starts[i]! >= starts[i - 1]!).toBe(true);
          for (const t of ranges) {
            // The two-line label, or for a `start-end` run too wide for the map, the three-line one.
            const [, two, three] = rangeLabels(t.item);
            const lines = three && labelWidth(two!, estimateWidth) + 4 > width ? three : two!;
            expect(lines.slice(1).join("")).toBe(itemText(t.item));
            expect(t.rect.width).toBeGreaterThanOrEqual(labelWidth(lines, estimateWidth) + 4);
            expect(t.rect.height).toBeGreaterThanOrEqual(labelHeight(lines) + 4);
          }
          for (let i = 0; i < layout.tiles.length; i++)
            for (let j = i + 1; j < layout.tiles.length; j++)
              expect(intersects(layout.tiles[i]!.rect, layout.tiles[j]!.rect)).toBe(false);
          for (const t of layout.tiles) expect(t.rect.x + t.rect.width).toBeLessThanOrEqual(width);
        });
      }
    }
  }

  it("collapses the gaps between ranges into small tiles and keeps exact layout inside a range", () => {
    const scene = buildPlanScene(defaultDesign(), "ipv4", 800) as NonNullable<
      ReturnType<typeof buildPlanScene>
    >;
    const gaps = scene.layers.filter((l) => l.type === "static" && l.span);
    expect(gaps.map((g) => g.id)).toEqual(["ipv4:10.0.4.0/22:gap", "ipv4:10.112.0.0/12:gap"]);
    const pods = scene.layers.find((l) => l.id === "ipv4:10.244.0.0/16:pods");
    if (!pods || pods.type !== "segmented") throw new Error("no pod layer");
    // The pod range's first node subnet sits in its tile's top-left corner, 1/16 by 1/16 of it.
    const first = cellAt(scene, pods.rect.x + 1, pods.rect.y + 1, 16);
    expect(first?.id).toBe("ipv4:10.244.0.0/24:node");
    expect(first?.rect.width).toBeCloseTo(pods.rect.width / 16, 6);
    const last = cellAt(
      scene,
      pods.rect.x + pods.rect.width - 0.01,
      pods.rect.y + pods.rect.height - 0.01,
      16,
    );
    expect(last?.id).toBe("ipv4:10.244.255.0/24:node");
    // Every gap tile is narrower than every range tile in its row.
    for (const g of gaps) {
      const row = scene.layers.filter((l) => l.rect.y === g.rect.y && l.item);
      for (const r of row) expect(g.rect.width).toBeLessThan(r.rect.width);
    }
  });

  it("lays out 64 scattered ranges with every label fitting", () => {
    const d = defaultDesign();
    const externalRanges = Array.from({ length: 64 }, (_, i) => ({
      name: `r${i}`,
      cidr: `172.${16 + (i % 16)}.${(i * 13) % 256}.0/24`,
    }));
    const many = designSchema.parse({ ...d, externalRanges }) as Design;
    const items = collectRanges(many, "ipv4");
    const layout = planLayout("ipv4", items, 900);
    const ranges = layout.tiles.filter((t) => t.type === "range");
    expect(ranges).toHaveLength(items.length);
    for (const t of ranges)
      expect(t.rect.width).toBeGreaterThanOrEqual(labelWidth(rangeLabel(t.item), estimateWidth));
    expect(layout.tiles.filter((t) => t.type === "gap").length).toBeGreaterThan(20);
  });
});
