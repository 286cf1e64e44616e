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

/** Below this many spans, a span's index fits beside its address in one exact float key. */
const INDEX_ROOM = 2 ** 20;

/**
 * The spans' indices in sweep order: by family, then first address, then index. A family's
 * IPv4 spans are sorted natively as float keys `first * 2^20 + index` (exact below 2^52: the
 * same order, without a comparator call per comparison); others with the comparator.
 */
function sweepOrder(spans: readonly Span[]): number[] {
  const byFamily = new Map<string, number[]>();
  spans.forEach((s, i) => {
    const family = s.family ?? "";
    const group = byFamily.get(family);
    if (group) group.push(i);
    else byFamily.set(family, [i]);
  });
  const out: number[] = [];
  for (const family of [...byFamily.keys()].sort()) {
    const group = byFamily.get(family)!;
    const native =
      group.length < INDEX_ROOM &&
      group.every((i) => spans[i]!.first >= 0n && spans[i]!.first <= 0xffffffffn);
    if (native) {
      const keys = new Float64Array(group.length);
      group.forEach((i, k) => (keys[k] = Number(spans[i]!.first) * INDEX_ROOM + i));
      keys.sort();
      for (const key of keys) out.push(key % INDEX_ROOM);
    } else {
      group.sort((x, y) => compare(spans[x]!, spans[y]!) || x - y);
      for (const i of group) out.push(i);
    }
  }
  return out;
}

/**
 * Calls `visit(x, y)` once for every pair of `spans` that shares an address (input indices, in
 * sweep order). A sorted sweep: O(n log n + k) for k pairs, so disjoint ranges cost no pair
 * checks; nothing is kept per pair.
 */
export function overlapSweep(spans: readonly Span[], visit: (x: number, y: number) => void): void {
  const active: number[] = [];
  for (const j of sweepOrder(spans)) {
    const s = spans[j]!;
    // Drop the spans that end before this one starts (the rest kept in order, in place).
    let kept = 0;
    for (const i of active) {
      const a = spans[i]!;
      if (a.last < s.first || (a.family ?? "") !== (s.family ?? "")) continue;
      active[kept++] = i;
      visit(i, j);
    }
    active.length = kept;
    active.push(j);
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
