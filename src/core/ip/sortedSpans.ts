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

/** Below this many spans, a local index fits beside a 32-bit address in one exact float key. */
const INDEX_ROOM = 2 ** 20;
const MAX_NATIVE = 0xffffffffn;

/**
 * Local indices ordered by `key`, and the keys in that order. When every value fits 32 bits
 * (IPv4), the order comes from a native sort of float keys `value * 2^20 + index`, exact below
 * 2^52: the same order without a comparator call per comparison, several times faster.
 */
function sortedBy(
  spans: readonly Span[],
  indices: readonly number[],
  key: "first" | "last",
): [Int32Array, bigint[]] {
  const m = indices.length;
  const values = indices.map((i) => spans[i]![key]);
  const order = new Int32Array(m);
  if (m < INDEX_ROOM && values.every((v) => v >= 0n && v <= MAX_NATIVE)) {
    const keys = new Float64Array(m);
    for (let k = 0; k < m; k++) keys[k] = Number(values[k]!) * INDEX_ROOM + k;
    keys.sort();
    for (let p = 0; p < m; p++) order[p] = keys[p]! % INDEX_ROOM;
  } else {
    for (let k = 0; k < m; k++) order[k] = k;
    order.sort((x, y) => compare(values[x]!, values[y]!));
  }
  const sorted: bigint[] = new Array<bigint>(m);
  for (let p = 0; p < m; p++) sorted[p] = values[order[p]!]!;
  return [order, sorted];
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

/** How many of the ascending `values` are at most `v`: below `v + 1` (addresses are integers). */
export function countAtMost(values: readonly bigint[], v: bigint): number {
  return countBelow(values, v + 1n);
}
