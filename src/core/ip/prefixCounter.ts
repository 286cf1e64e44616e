/** Marks positions and counts the marked ones below a position. */
export interface PrefixCounter {
  /** Marks `position` (0 <= position < size) once more. */
  mark(position: number): void;
  /** How many marks are at positions below `end` (0 <= end <= size). */
  countBelow(end: number): number;
}

/** A Fenwick tree over `size` positions: marking and counting cost O(log size) each. */
export function prefixCounter(size: number): PrefixCounter {
  const tree = new Int32Array(size + 1);
  return {
    mark(position) {
      for (let i = position + 1; i <= size; i += i & -i) tree[i]!++;
    },
    countBelow(end) {
      let n = 0;
      for (let i = end; i > 0; i -= i & -i) n += tree[i]!;
      return n;
    },
  };
}
