import type { AddressRange } from "../ip/range.ts";
import { firstRunFrom, type AvoidSet } from "./freeBlocks.ts";

/** An avoid set that blocks are added to one at a time, answering overlap questions in between. */
export interface GrowingAvoid {
  /** The runs now avoided (valid until the next `add`). */
  readonly set: AvoidSet;
  /** Whether `range` shares an address with what is avoided (a binary search). */
  overlaps(range: AddressRange): boolean;
  /** Avoids `range` too (other families are ignored), merged into the runs it touches. */
  add(range: AddressRange): void;
}

/**
 * A growing copy of the avoid set `start` (its runs are not changed).
 * Each question is O(log k) and each addition O(log k + k) for the shift of the runs after it,
 * where rebuilding the set per addition (withTaken) sorts all k runs again: placing many blocks
 * one after another stays far from quadratic in sorts.
 */
export function growingAvoid(start: AvoidSet): GrowingAvoid {
  const family = start.family;
  const runs = [...start.runs];
  const set: AvoidSet = { family, runs };
  return {
    set,
    overlaps(range) {
      if (range.family !== family) return false;
      const run = runs[firstRunFrom(runs, range.first)];
      return run !== undefined && run.first <= range.last;
    },
    add(range) {
      if (range.family !== family) return;
      // Runs that overlap or touch `range` (last + 1 == first) merge with it, as avoidSet merges.
      const from = firstRunFrom(runs, range.first === 0n ? 0n : range.first - 1n);
      let to = from;
      let first = range.first;
      let last = range.last;
      for (; to < runs.length && runs[to]!.first <= last + 1n; to++) {
        if (runs[to]!.first < first) first = runs[to]!.first;
        if (runs[to]!.last > last) last = runs[to]!.last;
      }
      runs.splice(from, to - from, { family, first, last });
    },
  };
}
