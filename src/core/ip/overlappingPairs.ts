/** An inclusive address run; spans of different `family` never overlap. */
export interface Span {
  family?: string;
  first: bigint;
  last: bigint;
}

function compare(a: Span, b: Span): number {
  const fa = a.family ?? "";
  const fb = b.family ?? "";
  if (fa !== fb) return fa < fb ? -1 : 1;
  return a.first < b.first ? -1 : a.first > b.first ? 1 : 0;
}

/**
 * Calls `visit(x, y)` once for every pair of `spans` that shares an address (input indices, in
 * sweep order). A sorted sweep: O(n log n + k) for k pairs, so disjoint ranges cost no pair
 * checks; nothing is kept per pair.
 */
export function overlapSweep(spans: readonly Span[], visit: (x: number, y: number) => void): void {
  const order = spans.map((_, i) => i);
  order.sort((x, y) => compare(spans[x]!, spans[y]!) || x - y);
  let active: number[] = [];
  for (const j of order) {
    const s = spans[j]!;
    const still: number[] = [];
    for (const i of active) {
      const a = spans[i]!;
      if (a.last < s.first || (a.family ?? "") !== (s.family ?? "")) continue;
      still.push(i);
      visit(i, j);
    }
    still.push(j);
    active = still;
  }
}

/**
 * Every pair of `spans` that shares an address, each pair once as input indices [i, j] with
 * i < j, ordered by j then i (the order of a nested "each later one against every earlier one"
 * loop). See overlapSweep; the result grows with the pairs (boundedOverlaps.ts bounds it).
 */
export function overlappingPairs(spans: readonly Span[]): [number, number][] {
  const pairs: [number, number][] = [];
  overlapSweep(spans, (i, j) => pairs.push(i < j ? [i, j] : [j, i]));
  return pairs.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
}

/**
 * The pairs [a, b] of `as` x `bs` (indices into each) that share an address, ordered by a then
 * b; pairs within one list are not reported. Same sweep as overlappingPairs.
 */
export function crossPairs(as: readonly Span[], bs: readonly Span[]): [number, number][] {
  const n = as.length;
  return overlappingPairs([...as, ...bs])
    .filter(([i, j]) => i < n && j >= n)
    .map(([i, j]): [number, number] => [i, j - n])
    .sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
