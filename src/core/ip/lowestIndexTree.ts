/** The `keep` lowest indices stored at positions in a window, and a way to store more. */
export interface LowestIndexTree {
  /** Stores `index` at `position` (0 <= position < size; each index stored once). */
  insert(position: number, index: number): void;
  /**
   * The `keep` lowest indices stored at positions lo..size-1, ascending (fewer when fewer are
   * stored there); empty when lo >= size.
   */
  lowestFrom(lo: number): number[];
}

/**
 * A segment tree over `size` positions whose every node keeps, sorted, the `keep` lowest
 * indices stored below it (ADR 0077). Inserting and querying cost O(log size · keep) and the
 * tree O(size · keep) memory, whatever how many of the stored runs a query covers: the bound
 * that lets the overlap queries skip enumerating pairs.
 */
export function lowestIndexTree(size: number, keep: number): LowestIndexTree {
  let leaves = 1;
  while (leaves < size) leaves *= 2;
  const kept = new Int32Array(2 * leaves * keep);
  const count = new Int32Array(2 * leaves);

  /** Adds `index` to node's list; false when the list is full of lower indices already. */
  function addTo(node: number, index: number): boolean {
    const base = node * keep;
    const n = count[node]!;
    if (n === keep && (keep === 0 || kept[base + n - 1]! <= index)) return false;
    // Shift the higher indices up one slot (the highest falls off a full list).
    let k = n < keep ? n : keep - 1;
    for (; k > 0 && kept[base + k - 1]! > index; k--) kept[base + k] = kept[base + k - 1]!;
    kept[base + k] = index;
    if (n < keep) count[node] = n + 1;
    return true;
  }

  /** Merges node's list into `out` (sorted, at most `keep` long). */
  function mergeFrom(node: number, out: number[]): void {
    const base = node * keep;
    const n = count[node]!;
    for (let i = 0; i < n; i++) {
      const index = kept[base + i]!;
      // The node's list is sorted: once one index misses, the rest do too.
      if (out.length === keep && out[keep - 1]! <= index) return;
      let k = out.length < keep ? out.length : keep - 1;
      if (out.length < keep) out.push(index);
      for (; k > 0 && out[k - 1]! > index; k--) out[k] = out[k - 1]!;
      out[k] = index;
    }
  }

  return {
    insert(position, index) {
      // A parent holds a superset of its child's indices, so its list is full of indices at
      // most as high: once a node turns the index away, every ancestor would too.
      for (let node = position + leaves; node >= 1 && addTo(node, index); node >>= 1);
    },
    lowestFrom(lo) {
      const out: number[] = [];
      // The usual bottom-up walk over the half-open window [lo, leaves).
      for (let l = lo + leaves, r = 2 * leaves; l < r; l >>= 1, r >>= 1) {
        if (l & 1) mergeFrom(l++, out);
        if (r & 1) mergeFrom(--r, out);
      }
      return out;
    },
  };
}
