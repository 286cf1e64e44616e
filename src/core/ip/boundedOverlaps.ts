import { lowestIndexTree } from "./lowestIndexTree.ts";
import { prefixCounter } from "./prefixCounter.ts";
import {
  countAtMost,
  countBelow,
  sortedSpansByFamily,
  type SortedSpans,
  type Span,
} from "./sortedSpans.ts";

export type { Span } from "./sortedSpans.ts";

/** The spans one span overlaps: the first `others` (lowest indices, ascending) and how many more. */
export interface OverlapHits {
  /** Index of the span these hits belong to. */
  owner: number;
  /** Indices of the first spans it overlaps (at most the limit asked for), ascending. */
  others: number[];
  /** How many more it overlaps beyond `others`. */
  more: number;
}

/** Each local index's position in `order`. */
function positions(order: Int32Array): Int32Array {
  const at = new Int32Array(order.length);
  for (let p = 0; p < order.length; p++) at[order[p]!] = p;
  return at;
}

/**
 * For each query span of `qs` (a family's spans of `qSpans`, with `counts` and `from` per
 * local index): the `limit` lowest local indices of `ts` it overlaps, offline. Queries go by
 * last address; before each, every target starting at or before that address is stored in a
 * lowestIndexTree at its rank by last address, and the query reads the targets ending at or
 * after its first address (`from`: how many end before). `keepOf` filters the answer.
 */
function lowestOverlaps(
  qs: SortedSpans,
  ts: SortedSpans,
  counts: Int32Array,
  from: Int32Array,
  limit: number,
  keepOf: (query: number, target: number) => boolean,
): (number[] | undefined)[] {
  const out: (number[] | undefined)[] = [];
  const tree = lowestIndexTree(ts.indices.length, limit);
  const lastRank = positions(ts.byLast);
  let next = 0;
  qs.byLast.forEach((k, q) => {
    if (counts[k] === 0) return;
    const last = qs.lasts[q]!;
    for (; next < ts.firsts.length && ts.firsts[next]! <= last; next++) {
      const t = ts.byFirst[next]!;
      tree.insert(lastRank[t]!, t);
    }
    out[k] = tree.lowestFrom(from[k]!).filter((t) => keepOf(k, t));
  });
  return out;
}

/** The hits of one family's owners into `hits` (by input index), from counts and lowest lists. */
function collect(
  owners: SortedSpans,
  others: SortedSpans,
  counts: Int32Array,
  lowest: readonly (number[] | undefined)[],
  hits: (OverlapHits | undefined)[],
): void {
  owners.indices.forEach((owner, k) => {
    const n = counts[k]!;
    if (n === 0) return;
    const found = (lowest[k] ?? []).map((t) => others.indices[t]!);
    hits[owner] = { owner, others: found, more: n - found.length };
  });
}

/** The entries of a sparse array by index, ascending. */
const present = (hits: readonly (OverlapHits | undefined)[]): OverlapHits[] =>
  hits.filter((h): h is OverlapHits => h !== undefined);

/**
 * For each span that overlaps an earlier one (a lower index): the first `limit` earlier spans it
 * overlaps and how many more, ordered by the later span. A rule reports a few pairs per range
 * and counts the rest, so 1,000 nested ranges give 1,000 entries, not 500,000 pairs. No pair is
 * visited (ADR 0077): the count is the earlier spans starting at or before the span's last
 * address minus those ending before its first (Fenwick trees over the ranks, spans taken in
 * input order), and the lowest indices come from lowestOverlaps. O(n log n · limit) time and
 * O(n · limit) memory, whatever the number of overlapping pairs. Spans must have first <= last.
 */
export function earlierOverlaps(spans: readonly Span[], limit: number): OverlapHits[] {
  const hits: (OverlapHits | undefined)[] = [];
  for (const g of sortedSpansByFamily(spans).values()) {
    const m = g.indices.length;
    const firstRank = positions(g.byFirst);
    const lastRank = positions(g.byLast);
    const starts = prefixCounter(m);
    const ends = prefixCounter(m);
    const counts = new Int32Array(m);
    const from = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const s = spans[g.indices[k]!]!;
      from[k] = countBelow(g.lasts, s.first);
      counts[k] = starts.countBelow(countAtMost(g.firsts, s.last)) - ends.countBelow(from[k]!);
      starts.mark(firstRank[k]!);
      ends.mark(lastRank[k]!);
    }
    // The tree answers among all the family's spans, the span itself and later ones included;
    // every earlier overlap is a lower index than those, so the lowest `limit` cut to the ones
    // below k are the lowest earlier ones.
    const lowest = limit > 0 ? lowestOverlaps(g, g, counts, from, limit, (k, t) => t < k) : [];
    collect(g, g, counts, lowest, hits);
  }
  return present(hits);
}

/**
 * For each span of `as` that overlaps spans of `bs`: the first `limit` of them (lowest indices
 * into `bs`) and how many more, ordered by the index into `as`. The count is the spans of `bs`
 * starting at or before the span's last address minus those ending before its first (two
 * binary searches); the lowest indices as in earlierOverlaps, with the same bounds.
 */
export function crossOverlaps(
  as: readonly Span[],
  bs: readonly Span[],
  limit: number,
): OverlapHits[] {
  const hits: (OverlapHits | undefined)[] = [];
  const bGroups = sortedSpansByFamily(bs);
  for (const [family, ga] of sortedSpansByFamily(as)) {
    const gb = bGroups.get(family);
    if (!gb) continue;
    const m = ga.indices.length;
    const counts = new Int32Array(m);
    const from = new Int32Array(m);
    for (let k = 0; k < m; k++) {
      const s = as[ga.indices[k]!]!;
      from[k] = countBelow(gb.lasts, s.first);
      counts[k] = countAtMost(gb.firsts, s.last) - from[k]!;
    }
    const lowest = limit > 0 ? lowestOverlaps(ga, gb, counts, from, limit, () => true) : [];
    collect(ga, gb, counts, lowest, hits);
  }
  return present(hits);
}
