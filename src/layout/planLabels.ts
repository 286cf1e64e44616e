import { formatAddress } from "../core/ip/address.ts";
import { rangeSize, type AddressRange } from "../core/ip/range.ts";
import { itemText, ROLE_LABEL, type RangeItem } from "./rangeItems.ts";

/**
 * Measures text as drawn on the map (12 px system-ui); the UI passes the canvas's measureText.
 * `atMost`, when given, is a cheap width no smaller than the measure's (widthBound.ts): the plan
 * layout asks it first, and measures only labels it cannot place by the bound.
 */
export type Measure = ((text: string) => number) & { readonly atMost?: (text: string) => number };

/** Height of one label line and the padding around a label, in px. */
export const LABEL_LINE = 16;
export const LABEL_PAD = 5;

/**
 * A width estimate for 12 px system-ui when no canvas is at hand (tests, layout without a DOM):
 * generous, so a label that fits by the estimate fits when drawn.
 */
export const estimateWidth: Measure = (text) => text.length * 7.4;

const UNITS = ["", " K", " M", " G", " T"] as const;

/**
 * A short count for a map label: "998", "6.2 M", "1 G"; from 10^15 up, a power of two ("2^70.3").
 * Labels only: the table and details show exact counts.
 */
export function compactCount(n: bigint): string {
  if (n < 1000n) return n.toString();
  if (n >= 10n ** 15n) {
    const bits = n.toString(2).length;
    const top = Number(n >> BigInt(Math.max(0, bits - 53)));
    return `2^${(Math.log2(top) + Math.max(0, bits - 53)).toFixed(1).replace(/\.0$/, "")}`;
  }
  let unit = 0;
  let value = Number(n);
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = value >= 100 ? value.toFixed(0) : value.toFixed(1).replace(/\.0$/, "");
  return `${text}${UNITS[unit] ?? ""}`;
}

/**
 * A range's label lines: its role (and name, when the user named it) and its range as itemText
 * writes it (a CIDR, or a `start-end` pool's run); another cluster's range leads with its
 * cluster's name ("east-2 · Pod range").
 */
export function rangeLabel(item: RangeItem): [string, string] {
  const role = ROLE_LABEL[item.role];
  const named = `${role}${item.name !== role ? ` ${item.name}` : ""}`;
  return [item.cluster ? `${item.cluster.name} · ${named}` : named, itemText(item)];
}

/**
 * A range's stacked labels: two lines (rangeLabel); a `start-end` pool's run also as three, its
 * range broken after the dash (an IPv6 run is too wide for a phone's map on one). The plan
 * layout sizes each tile for one of these.
 */
export function stackedLabels(item: RangeItem): string[][] {
  const [head, text] = rangeLabel(item);
  const out = [[head, text]];
  const dash = item.span ? text.indexOf("-") : -1;
  if (dash > 0) out.push([head, text.slice(0, dash + 1), text.slice(dash + 1)]);
  return out;
}

/**
 * A range's labels, widest first: one line, then the stacked ones (stackedLabels). The map draws
 * the first that fits whole.
 */
export function rangeLabels(item: RangeItem): string[][] {
  const stacked = stackedLabels(item);
  const [head, text] = stacked[0]!;
  return [[`${head} ${text}`], ...stacked];
}

/** A gap's full text: "free: 10.1.0.0 – 10.95.255.255, 6.2 M addresses". */
export function gapText(span: AddressRange): string {
  const at = (value: bigint): string => formatAddress({ family: span.family, value });
  return `free: ${at(span.first)} – ${at(span.last)}, ${compactCount(rangeSize(span))} addresses`;
}

/** A gap's short label, "free" and its size: the form the plan layout sizes a gap's tile for. */
export function gapSizingLabel(span: AddressRange): string[] {
  return ["free", `${compactCount(rangeSize(span))} addresses`];
}

/** A gap's label lines, longest first: the full run and size, or the short form for a small tile. */
export function gapLabels(span: AddressRange): string[][] {
  const at = (value: bigint): string => formatAddress({ family: span.family, value });
  const short = gapSizingLabel(span);
  return [
    [`free: ${at(span.first)} –`, at(span.last), short[1]!],
    short,
    ["free", compactCount(rangeSize(span))],
  ];
}

/** The width a block of label lines needs, padding included. */
export function labelWidth(lines: readonly string[], measure: Measure): number {
  return lines.reduce((m, line) => Math.max(m, measure(line)), 0) + 2 * LABEL_PAD + 2;
}

/** The height a block of label lines needs, padding included. */
export function labelHeight(lines: readonly string[]): number {
  return lines.length * LABEL_LINE + 2 * LABEL_PAD;
}
