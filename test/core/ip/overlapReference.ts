import type { OverlapHits, Span } from "../../../src/core/ip/boundedOverlaps.ts";

/** Whether two spans share an address: the plain definition, one pair at a time. */
export const sharesAddress = (a: Span, b: Span): boolean =>
  (a.family ?? "") === (b.family ?? "") && a.first <= b.last && b.first <= a.last;

/** One owner with the spans it overlaps (`found`, ascending), cut at `limit`, the rest counted. */
function hitsOf(owner: number, found: number[], limit: number): OverlapHits[] {
  if (found.length === 0) return [];
  return [
    { owner, others: found.slice(0, limit), more: found.length - Math.min(limit, found.length) },
  ];
}

/** earlierOverlaps by checking every pair (a double loop: for tests only). */
export function earlierOverlapsByPairs(spans: readonly Span[], limit: number): OverlapHits[] {
  return spans.flatMap((b, j) => {
    const found: number[] = [];
    for (let i = 0; i < j; i++) if (sharesAddress(spans[i]!, b)) found.push(i);
    return hitsOf(j, found, limit);
  });
}

/** crossOverlaps by checking every pair (a double loop: for tests only). */
export function crossOverlapsByPairs(
  as: readonly Span[],
  bs: readonly Span[],
  limit: number,
): OverlapHits[] {
  return as.flatMap((a, i) => {
    const found: number[] = [];
    bs.forEach((b, j) => sharesAddress(a, b) && found.push(j));
    return hitsOf(i, found, limit);
  });
}
