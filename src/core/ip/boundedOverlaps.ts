import { overlapSweep, type Span } from "./overlappingPairs.ts";

/** The spans one span overlaps: the first `others` (lowest indices, ascending) and how many more. */
export interface OverlapHits {
  /** Index of the span these hits belong to. */
  owner: number;
  /** Indices of the first spans it overlaps (at most the limit asked for), ascending. */
  others: number[];
  /** How many more it overlaps beyond `others`. */
  more: number;
}

/** Keeps the `limit` lowest indices seen (sorted) and counts the rest. */
function collector(limit: number) {
  const byOwner = new Map<number, OverlapHits>();
  return {
    add(owner: number, other: number): void {
      let hits = byOwner.get(owner);
      if (!hits) {
        hits = { owner, others: [], more: 0 };
        byOwner.set(owner, hits);
      }
      const kept = hits.others;
      if (kept.length < limit) {
        let k = kept.length;
        kept.push(other);
        for (; k > 0 && (kept[k - 1] as number) > other; k--) kept[k] = kept[k - 1] as number;
        kept[k] = other;
        return;
      }
      hits.more++;
      if (limit === 0 || (kept[limit - 1] as number) < other) return;
      // `other` replaces the highest kept index, which moves to the count.
      let k = limit - 1;
      for (; k > 0 && (kept[k - 1] as number) > other; k--) kept[k] = kept[k - 1] as number;
      kept[k] = other;
    },
    result(): OverlapHits[] {
      return [...byOwner.values()].sort((a, b) => a.owner - b.owner);
    },
  };
}

/**
 * For each span that overlaps an earlier one (a lower index): the first `limit` earlier spans it
 * overlaps and how many more, ordered by the later span. The pairs `overlappingPairs` gives,
 * grouped by their later span, but bounded: a rule reports a few pairs per range and counts the
 * rest, so 1,000 nested ranges give 1,000 entries, not 500,000 pairs. One sorted sweep; memory
 * grows with the spans, not the pairs.
 */
export function earlierOverlaps(spans: readonly Span[], limit: number): OverlapHits[] {
  const c = collector(limit);
  overlapSweep(spans, (x, y) => (x < y ? c.add(y, x) : c.add(x, y)));
  return c.result();
}

/**
 * For each span of `as` that overlaps spans of `bs`: the first `limit` of them (lowest indices
 * into `bs`) and how many more, ordered by the index into `as`. Bounded like earlierOverlaps.
 */
export function crossOverlaps(
  as: readonly Span[],
  bs: readonly Span[],
  limit: number,
): OverlapHits[] {
  const n = as.length;
  const c = collector(limit);
  overlapSweep([...as, ...bs], (x, y) => {
    if (x < n && y >= n) c.add(x, y - n);
    else if (y < n && x >= n) c.add(y, x - n);
  });
  return c.result();
}
