import { bitsOf, type Family } from "../ip/family.ts";
import { lastAddress, prefixAt, type Prefix } from "../ip/prefix.ts";
import type { AddressRange } from "../ip/range.ts";

/**
 * Ranges to avoid, of one family, sorted by first address and merged where they touch or
 * overlap, so a gap search walks them once. Built by `avoidSet`; O(k log k) for k ranges.
 */
export interface AvoidSet {
  family: Family;
  /** Disjoint, non-adjacent runs in address order. */
  runs: readonly AddressRange[];
}

/** Sorts and merges the runs of `family` among `ranges` (other families are left out). */
export function avoidSet(family: Family, ranges: readonly AddressRange[]): AvoidSet {
  const sorted = ranges
    .filter((r) => r.family === family)
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const runs: AddressRange[] = [];
  for (const r of sorted) {
    const last = runs[runs.length - 1];
    if (last && r.first <= last.last + 1n) {
      if (r.last > last.last) runs[runs.length - 1] = { ...last, last: r.last };
    } else {
      runs.push({ ...r });
    }
  }
  return { family, runs };
}

/** Index of the first run whose last address is at or after `address` (binary search). */
export function firstRunFrom(runs: readonly AddressRange[], address: bigint): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.last < address) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first address at or after `address` that starts an aligned block of `size` addresses. */
const alignUp = (address: bigint, size: bigint): bigint => ((address + size - 1n) / size) * size;

/**
 * The first aligned /`length` block inside `budget`, at or after `from`, that shares no address
 * with the avoided runs; undefined when none is left. Walks the gaps between runs once:
 * O(log k + runs inside the budget).
 */
export function firstFreeIn(
  budget: Prefix,
  avoid: AvoidSet,
  length: number,
  from: bigint = budget.network,
): Prefix | undefined {
  if (budget.family !== avoid.family || length < budget.length || length > bitsOf(budget.family)) {
    return undefined;
  }
  const size = 1n << BigInt(bitsOf(budget.family) - length);
  const end = lastAddress(budget);
  let cursor = alignUp(from > budget.network ? from : budget.network, size);
  let i = firstRunFrom(avoid.runs, cursor);
  while (cursor + size - 1n <= end) {
    const run = avoid.runs[i];
    if (!run || run.first > cursor + size - 1n) return prefixAt(budget.family, cursor, length);
    cursor = alignUp(run.last + 1n, size);
    i += 1;
  }
  return undefined;
}

/**
 * The first free aligned /`length` block in the budgets, tried in the order given ("next free
 * /N"): the block shares no address with `avoid`.
 */
export function nextFreeBlock(
  budgets: readonly Prefix[],
  avoid: AvoidSet,
  length: number,
): Prefix | undefined {
  for (const budget of budgets) {
    const found = firstFreeIn(budget, avoid, length);
    if (found) return found;
  }
  return undefined;
}

/** The avoid set with `block` added (a chosen block is avoided by the next choice). */
export function withTaken(avoid: AvoidSet, block: Prefix): AvoidSet {
  const run: AddressRange = {
    family: block.family,
    first: block.network,
    last: lastAddress(block),
  };
  return avoidSet(avoid.family, [...avoid.runs, run]);
}

/**
 * The shortest prefix length a free aligned block in the budgets can have: the largest free
 * block; undefined when the budgets are wholly avoided. Tries lengths from the budgets' shortest
 * on, so O(bits × (log k + runs)).
 */
export function largestFreeLength(budgets: readonly Prefix[], avoid: AvoidSet): number | undefined {
  const family = avoid.family;
  const start = budgets.reduce(
    (min, b) => (b.family === family && b.length < min ? b.length : min),
    Infinity,
  );
  if (!Number.isFinite(start)) return undefined;
  for (let length = start; length <= bitsOf(family); length += 1) {
    if (nextFreeBlock(budgets, avoid, length)) return length;
  }
  return undefined;
}
