import { bitsOf, type Family } from "../core/ip/family.ts";
import { comparePrefixes, hostBits } from "../core/ip/prefix.ts";
import type { AddressRange } from "../core/ip/range.ts";
import { gapsBetween } from "./gaps.ts";
import {
  gapLabels,
  labelHeight,
  labelWidth,
  rangeLabel,
  estimateWidth,
  type Measure,
} from "./planLabels.ts";
import { ROLE_ORDER, type RangeItem } from "./rangeItems.ts";
import type { Rect } from "./rect.ts";

/** One tile of the plan view: a range of the design, or a collapsed gap between ranges. */
export type PlanTile =
  { type: "range"; item: RangeItem; rect: Rect } | { type: "gap"; span: AddressRange; rect: Rect };

/** The plan view's tiles in address order, and the height they need at the given width. */
export interface PlanLayout {
  tiles: PlanTile[];
  width: number;
  height: number;
}

/** Room a label keeps from its tile's edges (placeLabels insets plates by 2 px each side). */
const LABEL_MARGIN = 4;

/** Smallest row height: two label lines, their padding and the plate's margin. */
export const PLAN_MIN_ROW = labelHeight(["", ""]) + LABEL_MARGIN;

/** The tiles in address order: every range (larger first on a shared start), gaps between. */
export function planEntries(
  items: readonly RangeItem[],
): ({ type: "range"; item: RangeItem } | { type: "gap"; span: AddressRange })[] {
  const sorted = [...items].sort(
    (a, b) =>
      comparePrefixes(a.prefix, b.prefix) ||
      ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  );
  const gaps = gapsBetween(sorted.map((i) => i.prefix));
  const out: ({ type: "range"; item: RangeItem } | { type: "gap"; span: AddressRange })[] = [];
  let g = 0;
  for (const item of sorted) {
    while (g < gaps.length && (gaps[g] as AddressRange).last < item.prefix.network) {
      out.push({ type: "gap", span: gaps[g] as AddressRange });
      g++;
    }
    out.push({ type: "range", item });
  }
  return out;
}

/**
 * Lays the plan view out at `width` px: tiles in address order packed into rows (greedy, then
 * stretched to the full width), a range wider the more addresses it holds but never narrower or
 * lower than its two-line label (role and CIDR) needs, a gap only as wide as its short label.
 * Rows are at least PLAN_MIN_ROW high; rows with larger ranges get more height. Pure arithmetic on
 * the entries (one pass), so a design with thousands of ranges lays out in milliseconds.
 */
export function planLayout(
  family: Family,
  items: readonly RangeItem[],
  width: number,
  measure: Measure = estimateWidth,
): PlanLayout {
  const entries = planEntries(items.filter((i) => i.prefix.family === family));
  if (entries.length === 0 || width <= 0) return { tiles: [], width, height: 0 };
  const maxHost = items.reduce((m, i) => Math.max(m, hostBits(i.prefix)), 1);
  const bits = bitsOf(family);
  const sized = entries.map((e) => {
    if (e.type === "gap") {
      const lines = gapLabels(e.span)[1] ?? [];
      return { e, want: Math.min(width, labelWidth(lines, measure) + LABEL_MARGIN), weight: 0 };
    }
    const rel = Math.min(1, hostBits(e.item.prefix) / maxHost);
    const min = labelWidth(rangeLabel(e.item), measure) + LABEL_MARGIN;
    const want = Math.min(width, Math.max(min, width * (0.14 + 0.5 * rel * rel)));
    return { e, want, weight: 0.3 + rel + (bits - e.item.prefix.length) / (4 * bits) };
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
    const h = Math.max(PLAN_MIN_ROW, Math.floor((target * (weights[i] ?? 0)) / total));
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
