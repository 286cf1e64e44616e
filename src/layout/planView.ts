import { bitsOf, type Family } from "../core/ip/family.ts";
import { comparePrefixes, hostBits, type Prefix } from "../core/ip/prefix.ts";
import { rangeToPrefixes, type AddressRange } from "../core/ip/range.ts";
import {
  gapSizingLabel,
  labelHeight,
  labelWidth,
  stackedLabels,
  estimateWidth,
  type Measure,
} from "./planLabels.ts";
import { itemCover, itemRange, ROLE_ORDER, type RangeItem } from "./rangeItems.ts";
import type { Rect } from "./rect.ts";

/**
 * One range of the design in the plan view: its item (a `start-end` range cut into several
 * aligned blocks is one item with a span), its first block (which orders the tile),
 * its addresses, and the smallest block holding them (`cover`), inside which its blocks are
 * drawn at their true positions.
 */
export interface PlanRange {
  type: "range";
  item: RangeItem;
  firstBlock: Prefix;
  span: AddressRange;
  cover: Prefix;
}

/** A collapsed free run between ranges. */
export interface PlanGap {
  type: "gap";
  span: AddressRange;
}

/** One tile of the plan view: a range of the design, or a collapsed gap between ranges. */
export type PlanTile = (PlanRange | PlanGap) & { rect: Rect };

/** The plan view's tiles in address order, and the height they need at the given width. */
export interface PlanLayout {
  tiles: PlanTile[];
  width: number;
  height: number;
}

const ROLE_RANK = Object.fromEntries(ROLE_ORDER.map((r, i) => [r, i])) as Record<
  RangeItem["role"],
  number
>;

/** Room a label keeps from its tile's edges (placeLabels insets plates by 2 px each side). */
const LABEL_MARGIN = 4;

/** Smallest row height: two label lines, their padding and the plate's margin. */
export const PLAN_MIN_ROW = labelHeight(["", ""]) + LABEL_MARGIN;

/**
 * The label a range's tile is sized for, and the width its tile needs for it (`min`): its
 * two-line label (role, range), or a stacked form of it (stackedLabels) when that is too wide for
 * `width`; the narrowest when none fits. A label that the measure's cheap bound (`atMost`) shows
 * to fit within `floor` (the tile's least width, never more than `width`) is not measured: the
 * tile is `floor` wide whatever its exact width.
 */
function sizingLabel(
  item: RangeItem,
  width: number,
  floor: number,
  measure: Measure,
): { lines: string[]; min: number } {
  const forms = stackedLabels(item);
  const first = forms[0] as string[];
  if (measure.atMost && labelWidth(first, measure.atMost) + LABEL_MARGIN <= floor)
    return { lines: first, min: floor };
  // Measured in order, up to the first that fits: the narrower forms are measured only when
  // needed (measuring is most of the layout's time at thousands of ranges).
  const stacked: { lines: string[]; min: number }[] = [];
  for (const lines of forms) {
    const s = { lines, min: labelWidth(lines, measure) + LABEL_MARGIN };
    if (s.min <= width) return s;
    stacked.push(s);
  }
  return stacked.reduce((a, b) => (b.min < a.min ? b : a));
}

/** The free runs between the ranges (sorted by first address). */
function gapsOf(ranges: readonly PlanRange[]): AddressRange[] {
  const out: AddressRange[] = [];
  let end = -1n;
  for (const r of ranges) {
    const { first, last } = r.span;
    if (end >= 0n && first > end + 1n)
      out.push({ family: r.span.family, first: end + 1n, last: first - 1n });
    if (last > end) end = last;
  }
  return out;
}

/** The plan range of each item of the design (one per range, a `start-end` pool included). */
function rangesOf(items: readonly RangeItem[]): PlanRange[] {
  return items.map((item) => ({
    type: "range",
    item,
    // A span's first block is the one rangeToPrefixes lists first (the block holding its first address).
    firstBlock: item.span ? (rangeToPrefixes(item.span, 1)[0] as Prefix) : item.prefix,
    span: itemRange(item),
    cover: itemCover(item),
  }));
}

/**
 * The tiles in address order: every range of the design once (larger first on a shared start),
 * gaps between.
 */
export function planEntries(items: readonly RangeItem[]): (PlanRange | PlanGap)[] {
  const sorted = rangesOf(items).sort(
    (a, b) =>
      comparePrefixes(a.firstBlock, b.firstBlock) ||
      ROLE_RANK[a.item.role] - ROLE_RANK[b.item.role],
  );
  const gaps = gapsOf(sorted);
  const out: (PlanRange | PlanGap)[] = [];
  let g = 0;
  for (const range of sorted) {
    while (g < gaps.length && (gaps[g] as AddressRange).last < range.span.first) {
      out.push({ type: "gap", span: gaps[g] as AddressRange });
      g++;
    }
    out.push(range);
  }
  return out;
}

/**
 * Lays the plan view out at `width` px: tiles in address order packed into rows (greedy, then
 * stretched to the full width), a range wider the more addresses it holds but never narrower or
 * lower than the label it is drawn with needs (sizingLabel: role and range, the range as the
 * user wrote a `start-end` pool), a gap only as wide as its short label. Rows are at least
 * PLAN_MIN_ROW high, and as high as their tallest such label; rows with larger ranges get more
 * height. Pure arithmetic on the entries (one pass), so a design with thousands of ranges lays
 * out in milliseconds.
 */
export function planLayout(
  family: Family,
  items: readonly RangeItem[],
  width: number,
  measure: Measure = estimateWidth,
): PlanLayout {
  const entries = planEntries(items.filter((i) => i.prefix.family === family));
  if (entries.length === 0 || width <= 0) return { tiles: [], width, height: 0 };
  const maxHost = entries.reduce(
    (m, e) => (e.type === "gap" ? m : Math.max(m, hostBits(e.cover))),
    1,
  );
  const bits = bitsOf(family);
  const sized = entries.map((e) => {
    if (e.type === "gap") {
      const lines = gapSizingLabel(e.span);
      const want = Math.min(width, labelWidth(lines, measure) + LABEL_MARGIN);
      return { e, want, high: 0, weight: 0 };
    }
    const rel = Math.min(1, hostBits(e.cover) / maxHost);
    const floor = width * (0.14 + 0.5 * rel * rel);
    const label = sizingLabel(e.item, width, floor, measure);
    const want = Math.min(width, Math.max(label.min, floor));
    const high = labelHeight(label.lines) + LABEL_MARGIN;
    return { e, want, high, weight: 0.3 + rel + (bits - e.cover.length) / (4 * bits) };
  });
  const rows: (typeof sized)[] = [];
  let row: typeof sized = [];
  let used = 0;
  for (const s of sized) {
    if (row.length > 0 && used + s.want > width) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(s);
    used += s.want;
  }
  if (row.length) rows.push(row);
  const target = Math.min(560, Math.max(240, Math.round(width * 0.6)));
  const weights = rows.map((r) => r.reduce((m, s) => Math.max(m, s.weight), 0.3));
  const total = weights.reduce((a, b) => a + b, 0);
  const tiles: PlanTile[] = [];
  let y = 0;
  rows.forEach((r, i) => {
    const least = r.reduce((m, s) => Math.max(m, s.high), PLAN_MIN_ROW);
    const h = Math.max(least, Math.floor((target * (weights[i] ?? 0)) / total));
    const sum = r.reduce((a, s) => a + s.want, 0);
    let x = 0;
    r.forEach((s, j) => {
      const w = j === r.length - 1 ? width - x : Math.floor((s.want * width) / sum);
      const rect = { x, y, width: w, height: h };
      tiles.push(s.e.type === "gap" ? { ...s.e, rect } : { ...s.e, rect });
      x += w;
    });
    y += h;
  });
  return { tiles, width, height: y };
}
