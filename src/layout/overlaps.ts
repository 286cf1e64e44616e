import { formatPrefix, type Prefix } from "../core/ip/prefix.ts";
import { rangeToPrefixes } from "../core/ip/range.ts";
import type { Finding } from "../core/rules/finding.ts";
import { blockOf, itemRange, type RangeItem } from "./rangeItems.ts";

/** Addresses claimed by two ranges of the design at once. */
export interface Overlap {
  /** Stable id: `<family>:<cidr>:overlap:<field a>|<field b>`. */
  id: string;
  prefix: Prefix;
  a: RangeItem;
  b: RangeItem;
}

/** One range of the design: its address run and its item. */
interface FieldRun {
  order: number;
  first: bigint;
  last: bigint;
  item: RangeItem;
}

function runsOf(items: readonly RangeItem[]): FieldRun[] {
  return items.map((item, order) => {
    const { first, last } = itemRange(item);
    return { order, first, last, item };
  });
}

/**
 * Where the design's ranges overlap: every address claimed by two or more ranges (two entries of
 * one role count as two ranges; a `start-end` pool is one range), as aligned
 * blocks, each named after the two outermost ranges claiming it. A sorted sweep over range
 * boundaries: each overlapping region is reported once, not once per pair of blocks, so the
 * result grows with the ranges, not with their pairs.
 */
export function findOverlaps(items: readonly RangeItem[]): Overlap[] {
  const families = new Set(items.map((i) => i.prefix.family));
  if (families.size > 1) {
    return [...families].flatMap((f) => findOverlaps(items.filter((i) => i.prefix.family === f)));
  }
  const runs = runsOf(items);
  type Event = { at: bigint; run: number; open: boolean };
  const events: Event[] = [];
  runs.forEach((r, i) => {
    events.push({ at: r.first, run: i, open: true }, { at: r.last + 1n, run: i, open: false });
  });
  events.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
  const active = new Map<number, true>();
  const regions: { first: bigint; last: bigint; a: number; b: number }[] = [];
  for (let k = 0; k < events.length;) {
    const at = events[k]!.at;
    for (; k < events.length && events[k]!.at === at; k++) {
      const e = events[k]!;
      if (e.open) active.set(e.run, true);
      else active.delete(e.run);
    }
    const next = events[k]?.at;
    if (next === undefined || active.size < 2) continue;
    const it = active.keys();
    const x = it.next().value as number;
    const y = it.next().value as number;
    const [a, b] = runs[x]!.order < runs[y]!.order ? [x, y] : [y, x];
    const prev = regions[regions.length - 1];
    if (prev && prev.a === a && prev.b === b && prev.last + 1n === at) prev.last = next - 1n;
    else regions.push({ first: at, last: next - 1n, a, b });
  }
  const out: Overlap[] = [];
  for (const r of regions) {
    const ra = runs[r.a]!;
    const rb = runs[r.b]!;
    const family = ra.item.prefix.family;
    for (const p of rangeToPrefixes({ family, first: r.first, last: r.last })) {
      // Each part is named after the blocks of the two ranges holding it.
      const a = blockOf(ra.item, p.network);
      const b = blockOf(rb.item, p.network);
      out.push({
        id: `${p.family}:${formatPrefix(p)}:overlap:${a.field}|${b.field}`,
        prefix: p,
        a,
        b,
      });
    }
  }
  return out;
}
function references(finding: Finding, field: string): boolean {
  return finding.fields.some(
    (f) => f === field || field.startsWith(`${f}.`) || f.startsWith(`${field}.`),
  );
}

/**
 * The finding that explains an overlap: the first whose fields reference both ranges (a field
 * path matches its parent or child path, so "loadBalancer.pools.1" matches
 * "loadBalancer.pools.1.range"); errors before warnings; undefined when none names both.
 */
export function findingForOverlap(
  overlap: Overlap,
  findings: readonly Finding[],
): Finding | undefined {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .filter((f) => references(f, overlap.a.field) && references(f, overlap.b.field))
    .sort((x, y) => rank[x.severity] - rank[y.severity])[0];
}
