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
import type { ClusterRouting } from "../core/plan/plan.ts";
import { clashesAcross } from "../core/plan/planOverlaps.ts";
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

/** The ranges of a plan's other clusters, and whether the plan's clusters route to each other. */
export interface OtherClusters {
  items: readonly RangeItem[];
  routing: ClusterRouting;
}

const NO_OTHERS: OtherClusters = { items: [], routing: "connected" };

/**
 * The overlaps between the active cluster's ranges and the other clusters' that core's plan
 * findings report (clashesAcross, by the plan's routing), or between two other clusters: a second
 * sweep over the ranges compared across clusters, keeping pairs of two clusters (the design's
 * own overlaps come from the first). Never one inside another cluster: its own map shows those.
 */
function acrossClusters(own: readonly RangeItem[], others: OtherClusters): Overlap[] {
  if (others.items.length === 0) return [];
  const compared = own.filter((i) => i.role !== "external");
  return findOverlaps([...compared, ...others.items]).filter(
    (o) =>
      o.a.cluster?.index !== o.b.cluster?.index &&
      clashesAcross(o.a.role, o.b.role, others.routing),
  );
}

/** A range drawn whole, without its node subnets or addresses (another cluster's range). */
function wholeLayer(item: RangeItem): Omit<Layer & { type: "static" }, "rect" | "base"> {
  return { type: "static", id: item.id, kind: item.role, prefix: item.prefix, item };
}

/**
 * The overlapping addresses as merged runs (overlaps sorted and disjoint: adjacent ones join;
 * `lasts`: their last addresses, worked out once for this and firstOverlapFrom).
 */
function mergedRuns(
  sorted: readonly Overlap[],
  lasts: readonly bigint[],
): { first: bigint; last: bigint }[] {
  const out: { first: bigint; last: bigint }[] = [];
  for (const [i, o] of sorted.entries()) {
    const first = o.prefix.network;
    const last = lasts[i] as bigint;
    const prev = out[out.length - 1];
    if (prev && prev.last + 1n >= first) {
      if (last > prev.last) prev.last = last;
    } else out.push({ first, last });
  }
  return out;
}

/**
 * The first overlap ending at or after `at`, or undefined (overlaps sorted, disjoint; `lasts`:
 * their last addresses, worked out once for all tiles).
 */
function firstOverlapFrom(
  sorted: readonly Overlap[],
  lasts: readonly bigint[],
  at: bigint,
): Overlap | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lasts[mid] as bigint) < at) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo];
}

/**
 * The plan view of one family: every range of the design as its own tile in address order (see
 * planLayout), each drawn at exact prefix-bit layout inside its tile (node subnets, addresses),
 * the free runs between ranges collapsed into small gap tiles, and overlaps hatched inside every
 * tile they touch. The scene is `width` wide and as high as its rows need (scene.height).
 * `others`: the ranges of a plan's other clusters (layout/clusterItems.ts), laid out among the
 * design's and drawn whole (their node subnets are their own cluster's); of their overlaps, those
 * core's plan findings report (clashesAcross, by the plan's routing) are hatched. Undefined when
 * the family has no range.
 */
export function buildPlanScene(
  design: Design,
  family: Family,
  width: number,
  measure?: Measure,
  others: OtherClusters = NO_OTHERS,
): Scene | undefined {
  const own = collectRanges(design, family);
  const items = others.items.length === 0 ? own : [...own, ...others.items];
  const familyRoot = rootOf(items);
  if (!familyRoot) return undefined;
  const layout = planLayout(family, items, width, measure);
  const podPlans = planNodeSubnets(design, family);
  // On the same block, a clash across clusters comes first (a tile names its first overlap).
  const found = [...acrossClusters(own, others), ...findOverlaps(own)].sort((a, b) =>
    comparePrefixes(a.prefix, b.prefix),
  );
  const lasts = found.map((o) => lastAddress(o.prefix));
  const spans = mergedRuns(found, lasts);
  const layers: Layer[] = [];
  const overlaps: OverlapLayer[] = [];
  for (const tile of layout.tiles) {
    const base = tileBase(tile.rect);
    if (tile.type === "range") {
      const { cover, item, span } = tile;
      const { first, last } = span;
      if (!item.span && item.cluster) {
        layers.push({ ...wholeLayer(item), rect: tile.rect, base });
      } else if (!item.span) {
        layers.push(layerFor(item, item.prefix, tile.rect, base, design, podPlans));
      } else {
        // A start-end range: one layer, its blocks found when drawn (runCells.ts).
        layers.push({ type: "run", id: item.id, prefix: cover, rect: tile.rect, base, span, item });
      }
      // The tile's overlaps: one layer, drawn from the merged runs (never one per overlap).
      const overlap = firstOverlapFrom(found, lasts, first);
      if (overlap && overlap.prefix.network <= last) {
        overlaps.push({
          overlap,
          rect: tile.rect,
          run: { cover, base, first, last, spans, sorted: found },
        });
      }
      continue;
    }
    const first = rangeToPrefixes(tile.span, 1)[0];
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
    found,
    items,
  };
}
