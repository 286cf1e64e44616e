import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import { contains, formatPrefix, intersection, type Prefix } from "../core/ip/prefix.ts";
import { rangeToPrefixes } from "../core/ip/range.ts";
import { rootOf } from "./mapRoot.ts";
import { planNodeSubnets } from "./nodeSubnets.ts";
import { findOverlaps } from "./overlaps.ts";
import type { Measure } from "./planLabels.ts";
import { planLayout } from "./planView.ts";
import { collectRanges } from "./rangeItems.ts";
import { halves, type Rect } from "./rect.ts";
import { layerFor, type Layer, type OverlapLayer, type Scene } from "./scene.ts";

/** Split parity that halves a tile's longer side first. */
export function tileBase(rect: Rect): number {
  return rect.width >= rect.height ? 0 : 1;
}

/** The rectangle of `p` inside `outer`, a tile drawing block `root` whose first split is `base`. */
export function rectWithin(outer: Rect, root: Prefix, p: Prefix, base: number): Rect {
  const bits = root.family === "ipv4" ? 32 : 128;
  let rect = outer;
  for (let i = root.length; i < p.length; i++) {
    const bit = (p.network >> BigInt(bits - 1 - i)) & 1n;
    rect = halves(rect, base + i - root.length)[bit === 1n ? 1 : 0];
  }
  return rect;
}

/**
 * The plan view of one family: every range of the design as its own tile in address order (see
 * planLayout), each drawn at exact prefix-bit layout inside its tile (node subnets, addresses),
 * the free runs between ranges collapsed into small gap tiles, and overlaps hatched inside every
 * tile they touch. The scene is `width` wide and as high as its rows need (scene.height).
 * Undefined when the family has no range.
 */
export function buildPlanScene(
  design: Design,
  family: Family,
  width: number,
  measure?: Measure,
): Scene | undefined {
  const items = collectRanges(design, family);
  const familyRoot = rootOf(items);
  if (!familyRoot) return undefined;
  const layout = planLayout(family, items, width, measure);
  const podPlans = planNodeSubnets(design, family);
  const layers: Layer[] = [];
  const tiles: { prefix: Prefix; rect: Rect; base: number }[] = [];
  for (const tile of layout.tiles) {
    const base = tileBase(tile.rect);
    if (tile.type === "range") {
      layers.push(layerFor(tile.item, tile.item.prefix, tile.rect, base, design, podPlans));
      tiles.push({ prefix: tile.item.prefix, rect: tile.rect, base });
      continue;
    }
    const first = rangeToPrefixes(tile.span)[0];
    if (!first) continue;
    layers.push({
      type: "static",
      id: `${family}:${formatPrefix(first)}:gap`,
      kind: "free",
      prefix: first,
      rect: tile.rect,
      base,
      item: undefined,
      span: tile.span,
    });
  }
  const overlaps: OverlapLayer[] = [];
  for (const overlap of findOverlaps(items)) {
    for (const t of tiles) {
      const p = intersection(t.prefix, overlap.prefix);
      if (p && contains(t.prefix, p))
        overlaps.push({ overlap, rect: rectWithin(t.rect, t.prefix, p, t.base) });
    }
  }
  return {
    family,
    mode: "plan",
    root: familyRoot,
    familyRoot,
    width,
    height: layout.height,
    layers,
    overlaps,
    items,
  };
}
