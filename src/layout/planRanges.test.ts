import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nestedPools, withPools } from "../../test/layout/planDesigns.ts";
import { formatPrefix, lastAddress, prefixAt, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { parseAddressRange, rangeToPrefixes } from "../core/ip/range.ts";
import { buildPlanScene, rectWithin, tileBase } from "./planScene.ts";
import { planLayout } from "./planView.ts";
import { collectRanges, itemRange } from "./rangeItems.ts";
import { rectOf, type Rect } from "./rect.ts";
import type { Scene } from "./scene.ts";
import { cellById } from "./cellById.ts";
import { cellAt, visibleCells, type Viewport } from "./visibleCells.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;

/** A viewport over the whole scene, zoomed so deep that every block is cut out. */
const deep = (scene: Scene): Viewport => ({
  x: 0,
  y: 0,
  width: scene.width,
  height: scene.height,
  scale: 2 ** 20,
});

const inside = (outer: Rect, r: Rect): boolean =>
  r.x >= outer.x - 1e-9 &&
  r.y >= outer.y - 1e-9 &&
  r.x + r.width <= outer.x + outer.width + 1e-9 &&
  r.y + r.height <= outer.y + outer.height + 1e-9;

describe("plan view of start-end ranges", () => {
  it("gives a start-end pool one tile, with each of its blocks drawn inside it", () => {
    const range = "10.200.0.10-10.200.0.60";
    const design = withPools([range]);
    const layout = planLayout("ipv4", collectRanges(design, "ipv4"), 900);
    const pools = layout.tiles.filter((t) => t.type === "range" && t.item.role === "lb");
    expect(pools).toHaveLength(1);
    const tile = pools[0];
    if (tile?.type !== "range") throw new Error("no pool tile");
    const parsed = parseAddressRange(range);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(tile.span).toEqual(parsed.value);
    expect(tile.item.span).toEqual(parsed.value);
    expect(tile.firstBlock).toEqual(p("10.200.0.10/31"));
    expect(tile.cover).toEqual(p("10.200.0.0/26"));
    const blocks = rangeToPrefixes(parsed.value);

    const scene = buildPlanScene(design, "ipv4", 900);
    if (!scene) throw new Error("no scene");
    // One layer for the pool; its blocks are found when drawn, all of them at a deep zoom.
    expect(scene.layers.filter((l) => l.item?.role === "lb")).toHaveLength(1);
    const layers = visibleCells(scene, deep(scene)).cells.filter((c) => c.item?.role === "lb");
    expect(layers.map((l) => l.prefix)).toEqual(blocks);
    for (const l of layers) {
      expect(cellById(scene, l.id)?.rect).toEqual(l.rect);
      const mid = cellAt(scene, l.rect.x + l.rect.width / 2, l.rect.y + l.rect.height / 2, 2 ** 20);
      expect(mid?.id).toBe(l.id);
      expect(inside(tile.rect, l.rect)).toBe(true);
      expect(l.rect).toEqual(
        rectWithin(tile.rect, tile.cover, l.prefix, tile.rect.width >= tile.rect.height ? 0 : 1),
      );
    }
    // Blocks of one range never share area, and their areas add up to the range's share of the cover.
    const area = layers.reduce((a, l) => a + l.rect.width * l.rect.height, 0);
    expect(area / (tile.rect.width * tile.rect.height)).toBeCloseTo(51 / 64, 9);
  });

  it("opens 64 nested IPv6 pools of about 14,000 blocks as 64 items and 64 tiles", () => {
    const design = nestedPools();
    const items = collectRanges(design, "ipv6");
    // One item per range: the pod range, the Service range and the 64 pools.
    expect(items).toHaveLength(66);
    const pools = items.filter((i) => i.role === "lb");
    expect(pools).toHaveLength(64);
    const blocks = pools.reduce((n, i) => n + rangeToPrefixes(itemRange(i)).length, 0);
    expect(blocks).toBeGreaterThan(10_000);
    const layout = planLayout("ipv6", items, 1000);
    expect(layout.tiles.filter((t) => t.type === "range" && t.item.role === "lb")).toHaveLength(64);
    const scene = buildPlanScene(design, "ipv6", 1000);
    // Every overlap drawn lies inside the tile of a range whose own addresses hold it.
    const spans = layout.tiles.flatMap((t) =>
      t.type === "range"
        ? [
            {
              rect: t.rect,
              first: t.span.first,
              last: t.span.last,
            },
          ]
        : [],
    );
    if (!scene) throw new Error("no scene");
    // One layer per range and at most one overlap layer per tile: nothing per aligned block.
    expect(scene.layers.length).toBeLessThan(100);
    expect(scene.overlaps.length).toBeLessThanOrEqual(layout.tiles.length);
    // At the plan's own zoom the frame cuts only what is 4 px or more on screen.
    const frame = visibleCells(scene, { x: 0, y: 0, width: 1000, height: scene.height, scale: 1 });
    expect(frame.cells.length + frame.overlaps.length).toBeLessThan(blocks / 2);
    expect(frame.overlaps.length).toBeGreaterThan(0);
    for (const o of frame.overlaps) {
      const holder = spans.find(
        (s) =>
          inside(s.rect, o.rect) &&
          o.overlap !== undefined &&
          lastAddress(o.overlap.prefix) >= s.first &&
          o.overlap.prefix.network <= s.last,
      );
      expect(holder).toBeDefined();
    }
  });

  it("draws each of 64 nested pools' aligned blocks where and as the block lists name them", () => {
    // The hostile IPv4 link's pools: 10.0.0.3-10.255.255.252, 10.0.0.5-10.255.255.250, ...
    const design = withPools(
      Array.from({ length: 64 }, (_, i) => `10.0.0.${2 * i + 3}-10.255.255.${252 - 2 * i}`),
    );
    const items = collectRanges(design, "ipv4");
    expect(items.filter((i) => i.role === "lb")).toHaveLength(64);
    const scene = buildPlanScene(design, "ipv4", 1000);
    if (!scene) throw new Error("no scene");
    const layout = planLayout("ipv4", items, 1000);
    // What one item per block drew: every block of rangeToPrefixes, at its place in its tile.
    const expected = layout.tiles.flatMap((t) =>
      t.type === "range" && t.item.role === "lb"
        ? rangeToPrefixes(t.span).map((b) => ({
            // A pool's blocks end in its own tag: the pool's index in the design.
            id: `ipv4:${formatPrefix(b)}:lb#${t.item.field.split(".")[2]}`,
            field: t.item.field,
            prefix: b,
            rect: rectWithin(t.rect, t.cover, b, tileBase(t.rect)),
          }))
        : [],
    );
    expect(expected.length).toBeGreaterThan(2_500);
    const cells = visibleCells(scene, deep(scene)).cells.filter((c) => c.item?.role === "lb");
    expect(
      cells.map((c) => ({ id: c.id, field: c.item?.field, prefix: c.prefix, rect: c.rect })),
    ).toEqual(expected);
    // Each cell names its own block (no span), as hover, details and the table read it.
    expect(cells.every((c) => c.item?.prefix === c.prefix && !c.item.span)).toBe(true);
    // Selecting a block by id (table, findings' "Go to") finds its cell in its own pool's tile,
    // also where nested pools share the block (each pool's id is its own).
    expect(new Set(cells.map((c) => c.id)).size).toBe(cells.length);
    for (const c of cells) expect(cellById(scene, c.id)).toEqual(c);
  });

  it("draws an overlap only on the range's own addresses, not the rest of its cover", () => {
    // The pool covers 10.200.0.10-60 (cover /26); the external range 10.200.0.0/27 overlaps .10-.31.
    const design = {
      ...withPools(["10.200.0.10-10.200.0.60"]),
      externalRanges: [{ name: "corp", cidr: "10.200.0.0/27" }],
    };
    const scene = buildPlanScene(design, "ipv4", 900);
    const layout = planLayout("ipv4", collectRanges(design, "ipv4"), 900);
    const pool = layout.tiles.find((t) => t.type === "range" && t.item.role === "lb");
    if (pool?.type !== "range") throw new Error("no pool tile");
    if (!scene) throw new Error("no scene");
    const onPool = visibleCells(scene, deep(scene)).overlaps.filter((o) =>
      inside(pool.rect, o.rect),
    );
    const base = pool.rect.width >= pool.rect.height ? 0 : 1;
    const expected = rangeToPrefixes({
      family: "ipv4",
      first: p("10.200.0.10/32").network,
      last: p("10.200.0.31/32").network,
    }).map((b) => rectWithin(pool.rect, pool.cover, b, base));
    expect(onPool.map((o) => o.rect)).toEqual(expected);
  });

  it("places a block inside a tile as rectOf places it in a view of the cover", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 88 }),
        fc.boolean(),
        (network, rootLength, extra, v6) => {
          const family = v6 ? "ipv6" : "ipv4";
          const bits = v6 ? 128 : 32;
          const value = v6 ? network : network & 0xffffffffn;
          const rl = Math.min(rootLength, bits);
          const root = prefixAt(family, value, rl);
          const block = prefixAt(family, value, Math.min(bits, rl + extra));
          const outer = { x: 10, y: 20, width: 640, height: 480 };
          const got = rectWithin(outer, root, block, 0);
          const want = rectOf(root, block, 640, 480) as Rect;
          expect(got.x).toBeCloseTo(want.x + 10, 6);
          expect(got.y).toBeCloseTo(want.y + 20, 6);
          expect(got.width).toBeCloseTo(want.width, 9);
          expect(got.height).toBeCloseTo(want.height, 9);
        },
      ),
    );
  });
});
