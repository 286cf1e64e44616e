import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import { bitsOf } from "../core/ip/family.ts";
import {
  comparePrefixes,
  contains,
  formatPrefix,
  lastAddress,
  type Prefix,
} from "../core/ip/prefix.ts";
import { rangeToPrefixes } from "../core/ip/range.ts";
import { rootOf } from "./mapRoot.ts";
import { planNodeSubnets } from "./nodeSubnets.ts";
import { findOverlaps, type Overlap } from "./overlaps.ts";
import type { Measure } from "./planLabels.ts";
import { planLayout } from "./planView.ts";
import { collectRanges, type RangeItem } from "./rangeItems.ts";
import { splitsVertically, type Rect } from "./rect.ts";
import { layerFor, type Layer, type OverlapLayer, type Scene } from "./scene.ts";

/** Split parity that halves a tile's longer side first. */
export function tileBase(rect: Rect): number {
  return rect.width >= rect.height ? 0 : 1;
}

const HEX = "0123456789abcdef";

/**
 * The rectangle of `p` inside `outer`, a tile drawing block `root` whose first split is `base`:
 * each prefix bit below the root halves the rectangle, alternating direction (as `halves` does,
 * without two rectangles and a bigint shift per bit). A block outside the root has none.
 */
export function rectWithin(outer: Rect, root: Prefix, p: Prefix, base: number): Rect {
  if (!contains(root, p)) return outer;
  const bits = bitsOf(root.family);
  // One bigint-to-hex conversion; bit i is read from its hex digit.
  const digits = p.network.toString(16).padStart(bits / 4, "0");
  let { x, y, width: w, height: h } = outer;
  for (let i = root.length; i < p.length; i++) {
    const second = ((HEX.indexOf(digits.charAt(i >> 2)) >> (3 - (i & 3))) & 1) === 1;
    if (splitsVertically(base + i - root.length)) {
      w /= 2;
      if (second) x += w;
    } else {
      h /= 2;
      if (second) y += h;
    }
  }
  return { x, y, width: w, height: h };
}

/** Index of the first overlap whose last address is at or after `at` (overlaps sorted, disjoint). */
function firstEndingAtOrAfter(overlaps: readonly Overlap[], at: bigint): number {
  let lo = 0;
  let hi = overlaps.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lastAddress((overlaps[mid] as Overlap).prefix) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The overlap blocks drawn on one range tile: the parts of each overlap inside the range's own
 * addresses (`first`..`last`), placed in the tile at their positions in its `cover` block. The
 * overlaps are sorted and disjoint (findOverlaps), so a binary search finds the first one: the
 * work grows with what is drawn, not with tiles times overlaps.
 */
function overlapsOnTile(
  overlaps: readonly Overlap[],
  tile: { cover: Prefix; first: bigint; last: bigint; rect: Rect; base: number },
): OverlapLayer[] {
  const out: OverlapLayer[] = [];
  for (let k = firstEndingAtOrAfter(overlaps, tile.first); k < overlaps.length; k++) {
    const overlap = overlaps[k] as Overlap;
    if (overlap.prefix.network > tile.last) break;
    const first = overlap.prefix.network > tile.first ? overlap.prefix.network : tile.first;
    const end = lastAddress(overlap.prefix);
    const last = end < tile.last ? end : tile.last;
    const family = overlap.prefix.family;
    const parts =
      first === overlap.prefix.network && last === end
        ? [overlap.prefix]
        : rangeToPrefixes({ family, first, last });
    for (const p of parts)
      out.push({ overlap, rect: rectWithin(tile.rect, tile.cover, p, tile.base) });
  }
  return out;
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
  const found = findOverlaps(items).sort((a, b) => comparePrefixes(a.prefix, b.prefix));
  const layers: Layer[] = [];
  const overlaps: OverlapLayer[] = [];
  for (const tile of layout.tiles) {
    const base = tileBase(tile.rect);
    if (tile.type === "range") {
      const { cover, blocks } = tile;
      for (const block of blocks) {
        const rect =
          blocks.length === 1 ? tile.rect : rectWithin(tile.rect, cover, block.prefix, base);
        const at = base + block.prefix.length - cover.length;
        layers.push(
          layerFor(block, block.prefix, rect, blocks.length === 1 ? base : at, design, podPlans),
        );
      }
      const first = (blocks[0] as RangeItem).prefix.network;
      const last = lastAddress((blocks[blocks.length - 1] as RangeItem).prefix);
      for (const o of overlapsOnTile(found, { cover, first, last, rect: tile.rect, base }))
        overlaps.push(o);
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
