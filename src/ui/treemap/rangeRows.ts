import type { Design } from "../../core/design/schema.ts";
import { formatAddress } from "../../core/ip/address.ts";
import { formatPrefix, prefixSize } from "../../core/ip/prefix.ts";
import { rangeSize, type AddressRange } from "../../core/ip/range.ts";
import { cellById } from "../../layout/cellById.ts";
import { largestAlignedBlock } from "../../layout/gaps.ts";
import { ROLE_LABEL } from "../../layout/rangeItems.ts";
import type { Scene } from "../../layout/scene.ts";
import { cellFacts } from "./cellFacts.ts";

/** One row of the table of ranges and gaps: a range of the design or a free run between ranges. */
export interface RangeRow {
  /** The map cell id the row selects (a range, or a plan-view gap). */
  id: string;
  kind: "range" | "gap";
  role: string;
  name: string;
  cidr: string;
  first: string;
  last: string;
  size: bigint;
  /** Addresses usable under the design's allocator (undefined where no single figure applies). */
  usable: bigint | undefined;
  notes: string[];
  /** For a gap: the free run. */
  span?: AddressRange;
}

/**
 * The rows of a family's plan view, in address order (the plan scene's tiles): each range with
 * the figures its details show, and each gap with its largest aligned block. Overlaps are noted
 * on both ranges they join.
 */
export function rangeRows(plan: Scene, design: Design): RangeRow[] {
  const at = (value: bigint): string => formatAddress({ family: plan.family, value });
  const rows: RangeRow[] = [];
  for (const layer of plan.layers) {
    if (layer.type === "static" && layer.span) {
      const span = layer.span;
      rows.push({
        id: layer.id,
        kind: "gap",
        role: "Free",
        name: "",
        cidr: formatPrefix(largestAlignedBlock(span)),
        first: at(span.first),
        last: at(span.last),
        size: rangeSize(span),
        usable: undefined,
        notes: [`largest aligned block ${formatPrefix(largestAlignedBlock(span))}`],
        span,
      });
      continue;
    }
    const item = layer.item;
    const cell = item && cellById(plan, item.id);
    if (!item || !cell) continue;
    const facts = cellFacts(cell, design);
    const notes: string[] = [];
    for (const o of plan.overlaps) {
      if (o.overlap.a.id !== item.id && o.overlap.b.id !== item.id) continue;
      const other = o.overlap.a.id === item.id ? o.overlap.b : o.overlap.a;
      const note = `overlaps ${ROLE_LABEL[other.role].toLowerCase()} ${formatPrefix(other.prefix)}`;
      if (!notes.includes(note)) notes.push(note);
    }
    if (facts.note) notes.push(facts.note);
    rows.push({
      id: item.id,
      kind: "range",
      role: ROLE_LABEL[item.role],
      name: item.name === ROLE_LABEL[item.role] ? "" : item.name,
      cidr: formatPrefix(item.prefix),
      first: facts.first,
      last: facts.last,
      size: prefixSize(item.prefix),
      usable: facts.usable,
      notes,
    });
  }
  return rows;
}

const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The rows as CSV (RFC 4180: a header row, CRLF line ends, quoted where needed). */
export function rowsToCsv(family: string, rows: readonly RangeRow[]): string {
  const head = ["family", "role", "name", "cidr", "first", "last", "size", "usable", "notes"];
  const lines = [head.join(",")];
  for (const r of rows) {
    lines.push(
      [
        family,
        r.role,
        r.name,
        r.cidr,
        r.first,
        r.last,
        r.size.toString(),
        r.usable === undefined ? "" : r.usable.toString(),
        r.notes.join("; "),
      ]
        .map(quote)
        .join(","),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
