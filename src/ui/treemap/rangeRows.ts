import type { Design } from "../../core/design/schema.ts";
import { formatAddress } from "../../core/ip/address.ts";
import { formatPrefix, prefixSize } from "../../core/ip/prefix.ts";
import { blockCount, rangeSize, type AddressRange } from "../../core/ip/range.ts";
import { cellById } from "../../layout/cellById.ts";
import { largestAlignedBlock } from "../../layout/gaps.ts";
import { itemText, ROLE_LABEL, type RangeItem } from "../../layout/rangeItems.ts";
import type { RunLayer, Scene } from "../../layout/scene.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { cellFacts } from "./cellFacts.ts";
import { rangeUsable } from "./cellFigures.ts";

/** One row of the table of ranges and gaps: a range of the design or a free run between ranges. */
export interface RangeRow {
  /** The map cell id the row selects (a range's largest block, or a plan-view gap). */
  id: string;
  kind: "range" | "gap";
  /** For a range: the design field it comes from (all blocks of a `start-end` pool share it). */
  field?: string;
  /** For a range of another cluster of the plan: that cluster's name. */
  cluster?: string;
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
 * How a note names another range: its CIDR, or the `start-end` text it was written as, and its
 * cluster when it is not the row's (`active`: the active cluster's name).
 */
function written(item: RangeItem, row: RangeItem, active: string): string {
  const cidr = formatPrefix(item.prefix);
  const text = item.source.includes("-") ? item.source : cidr;
  const cluster = item.cluster?.name ?? (row.cluster ? active : undefined);
  return cluster !== undefined && cluster !== row.cluster?.name
    ? `${text} of cluster ${cluster}`
    : text;
}

/**
 * The overlap notes of a range by its field, worked out for the fields asked for: one pass over
 * the scene's overlaps pairs each field with the ranges it overlaps (in the overlaps' order);
 * a field's notes are written when first asked for.
 */
function overlapNotes(plan: Scene, active: string): (field: string) => string[] {
  const pairs = new Map<string, [RangeItem, RangeItem][]>();
  const add = (item: RangeItem, other: RangeItem): void => {
    const list = pairs.get(item.field);
    if (!list) pairs.set(item.field, [[item, other]]);
    else list.push([item, other]);
  };
  for (const o of plan.found) {
    add(o.a, o.b);
    add(o.b, o.a);
  }
  return (field) => {
    const notes: string[] = [];
    for (const [item, other] of pairs.get(field) ?? []) {
      const note = `overlaps ${ROLE_LABEL[other.role].toLowerCase()} ${written(other, item, active)}`;
      if (!notes.includes(note)) notes.push(note);
    }
    return notes;
  };
}

/**
 * A row of the table before its figures are worked out: what selecting, paging and counting
 * need. `row()` works the row out on first call (then remembers it); undefined only for a range
 * whose cell its own scene does not hold (never seen; such a row was always left out).
 */
export interface RowStub {
  id: string;
  kind: RangeRow["kind"];
  field?: string;
  row: () => RangeRow | undefined;
}

/** A stub whose row is made by `make` on first call. */
function stub(
  id: string,
  kind: RangeRow["kind"],
  field: string | undefined,
  make: () => RangeRow | undefined,
): RowStub {
  let made: { row: RangeRow | undefined } | undefined;
  const row = (): RangeRow | undefined => (made ??= { row: make() }).row;
  return field === undefined ? { id, kind, row } : { id, kind, field, row };
}

/**
 * The rows of a family's plan view, in address order (the plan scene's tiles), as stubs whose
 * figures are worked out when first asked for (a long table shows a page of them): each range
 * once (a `start-end` pool drawn as many blocks is one row, written as the user wrote it) with
 * the figures its details show, and each gap with its largest aligned block. Overlaps are noted
 * on both ranges they join (one pass over the scene's overlaps, at the first row asked for).
 * Linear in the scene's layers.
 */
export function rangeRowStubs(plan: Scene, design: Design): RowStub[] {
  const at = (value: bigint): string => formatAddress({ family: plan.family, value });
  let notes: ((field: string) => string[]) | undefined;
  const notesOf = (field: string): string[] => (notes ??= overlapNotes(plan, design.name))(field);
  const done = new Set<string>();
  const out: RowStub[] = [];
  for (const layer of plan.layers) {
    if (layer.type === "static" && layer.span) {
      const span = layer.span;
      out.push(stub(layer.id, "gap", undefined, () => gapRow(layer.id, span, at)));
      continue;
    }
    const item = layer.item;
    if (!item || done.has(item.field)) continue;
    done.add(item.field);
    if (layer.type === "run") {
      // A start-end range drawn as many blocks: one row, written as the user wrote it.
      const own = item.cluster?.design ?? design;
      out.push(
        stub(layer.id, "range", item.field, () => runRow(layer, own, at, notesOf(item.field))),
      );
      continue;
    }
    out.push(
      stub(item.id, "range", item.field, () => {
        const cell = cellById(plan, item.id);
        return cell && cellRow(item, cell, design, notesOf(item.field));
      }),
    );
  }
  return out;
}

/**
 * Every row of a family's plan view, worked out (see rangeRowStubs): what the CSV holds and the
 * filter searches.
 */
export function rangeRows(plan: Scene, design: Design): RangeRow[] {
  return allRows(rangeRowStubs(plan, design));
}

/** The rows of `stubs`, worked out. */
export function allRows(stubs: readonly RowStub[]): RangeRow[] {
  const rows: RangeRow[] = [];
  for (const s of stubs) {
    const row = s.row();
    if (row) rows.push(row);
  }
  return rows;
}

/** The row of a gap: its free run and its largest aligned block. */
function gapRow(id: string, span: AddressRange, at: (value: bigint) => string): RangeRow {
  return {
    id,
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
  };
}

/**
 * What every range row says of its item: the field it comes from, its cluster (only for another
 * cluster's range), role and name.
 */
function rangeHead(
  item: RangeItem,
): Pick<RangeRow, "kind" | "field" | "cluster" | "role" | "name"> {
  const role = ROLE_LABEL[item.role];
  return {
    kind: "range",
    field: item.field,
    ...(item.cluster ? { cluster: item.cluster.name } : {}),
    role,
    name: item.name === role ? "" : item.name,
  };
}

/** The row of a range drawn as one cell: the figures its details show, and its overlap notes. */
function cellRow(
  item: RangeItem,
  cell: Cell,
  design: Design,
  overlapNotes: readonly string[],
): RangeRow {
  const notes = [...overlapNotes];
  const facts = cellFacts(cell, design);
  if (facts.note) notes.push(facts.note);
  return {
    id: item.id,
    ...rangeHead(item),
    cidr: formatPrefix(item.prefix),
    first: facts.first,
    last: facts.last,
    size: prefixSize(item.prefix),
    usable: facts.usable,
    notes,
  };
}

/** The row of a `start-end` range drawn as one run layer: its run (itemText), as the map labels it. */
function runRow(
  layer: RunLayer,
  design: Design,
  at: (value: bigint) => string,
  notes: readonly string[],
): RangeRow {
  const item = layer.item;
  return {
    id: layer.id,
    ...rangeHead(item),
    cidr: itemText(item),
    first: at(layer.span.first),
    last: at(layer.span.last),
    size: rangeSize(layer.span),
    usable: rangeUsable(design, item, layer.span),
    notes: [`${formatCount(blockCount(layer.span))} aligned blocks`, ...notes],
  };
}

/** Whether a row's text (role, name, CIDR, first and last address, notes) holds `needle` (lower case). */
export function rowMatches(row: RangeRow, needle: string): boolean {
  if (!needle) return true;
  return [row.role, row.name, row.cidr, row.first, row.last, ...row.notes, row.cluster ?? ""].some(
    (t) => t.toLowerCase().includes(needle),
  );
}

const quote = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * The rows as CSV (RFC 4180: a header row, CRLF line ends, quoted where needed). With `active`
 * (the active cluster's name, for a plan of several clusters) a `cluster` column follows
 * `family`: each range's cluster, empty for gaps.
 */
export function rowsToCsv(family: string, rows: readonly RangeRow[], active?: string): string {
  const head = ["family", "role", "name", "cidr", "first", "last", "size", "usable", "notes"];
  if (active !== undefined) head.splice(1, 0, "cluster");
  const lines = [head.join(",")];
  for (const r of rows) {
    const cluster = active === undefined ? [] : [r.kind === "gap" ? "" : (r.cluster ?? active)];
    lines.push(
      [
        family,
        ...cluster,
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
