/** An inclusive address run; spans of different `family` never overlap. */
export interface Span {
  family?: string;
  first: bigint;
  last: bigint;
}

/** One family's spans, by first address and by last address, for counting with binary searches. */
export interface SortedSpans {
  /** Input indices of the family's spans, ascending (a local index is a position in this list). */
  indices: number[];
  /** Local indices ordered by first address, and those first addresses in that order. */
  byFirst: Int32Array;
  firsts: bigint[];
  /** Local indices ordered by last address, and those last addresses in that order. */
  byLast: Int32Array;
  lasts: bigint[];
}

const compare = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

function sortedBy(
  spans: readonly Span[],
  indices: readonly number[],
  key: "first" | "last",
): [Int32Array, bigint[]] {
  const values = indices.map((i) => spans[i]![key]);
  const order = Int32Array.from(indices.keys()).sort((x, y) => compare(values[x]!, values[y]!));
  return [order, Array.from(order, (k) => values[k]!)];
}

/**
 * The spans grouped by family (`family ?? ""`; families never overlap one another), each group
 * sorted by first and by last address. Input order is kept within a group, so the lowest local
 * index is the lowest input index. O(n log n) bigint comparisons.
 */
export function sortedSpansByFamily(spans: readonly Span[]): Map<string, SortedSpans> {
  const groups = new Map<string, number[]>();
  spans.forEach((s, i) => {
    const family = s.family ?? "";
    const group = groups.get(family);
    if (group) group.push(i);
    else groups.set(family, [i]);
  });
  const out = new Map<string, SortedSpans>();
  for (const [family, indices] of groups) {
    const [byFirst, firsts] = sortedBy(spans, indices, "first");
    const [byLast, lasts] = sortedBy(spans, indices, "last");
    out.set(family, { indices, byFirst, firsts, byLast, lasts });
  }
  return out;
}

/** How many of the ascending `values` are below `v` (the first position not below it). */
export function countBelow(values: readonly bigint[], v: bigint): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many of the ascending `values` are at most `v`. */
export function countAtMost(values: readonly bigint[], v: bigint): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
