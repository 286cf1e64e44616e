import { bitsOf } from "../../../src/core/ip/family.ts";
import { lastAddress, prefixAt, type Prefix } from "../../../src/core/ip/prefix.ts";
import type { AddressRange } from "../../../src/core/ip/range.ts";

/**
 * Brute force for the solver's "nothing fits": can blocks of the given prefix lengths all be
 * placed, aligned and disjoint, inside the budgets without touching an avoided range? Exhaustive
 * over every aligned placement, by a different road than the solver's first-fit: every aligned
 * block is a node of the binary tree under a budget, and a set of blocks fits in a node exactly
 * when the node is free and the set is one block of the node's size, or the set splits into a
 * part that fits the left half and a part that fits the right half. The sets are multisets of
 * lengths (counts per distinct length), so equal blocks are not tried in every order.
 *
 * Test support only: small cases (a handful of blocks in budgets of a /20 to a /24).
 */
export function fitsByTree(
  budgets: readonly Prefix[],
  avoid: readonly AddressRange[],
  lengths: readonly number[],
): boolean {
  if (lengths.length === 0) return true;
  const family = budgets[0]?.family;
  if (!family) return false;
  const bits = bitsOf(family);
  const distinct = [...new Set(lengths)].sort((a, b) => a - b);
  const need = distinct.map((l) => lengths.filter((x) => x === l).length);
  // A multiset is a mixed-radix number: digit i counts blocks of length distinct[i].
  const radix = need.map((n) => n + 1);
  const weight = radix.map((_, i) => radix.slice(0, i).reduce((a, b) => a * b, 1));
  const total = radix.reduce((a, b) => a * b, 1);
  const digits = (code: number) => weight.map((w, i) => Math.floor(code / w) % radix[i]!);
  const decoded = Array.from({ length: total }, (_, code) => digits(code));
  const deepest = distinct[distinct.length - 1]!;
  const runs = avoid.filter((r) => r.family === family);

  /** Multisets fitting in A's part plus B's part (each digit within what is needed). */
  const combine = (a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> => {
    const out = new Set<number>();
    for (const x of a) {
      const dx = decoded[x]!;
      for (const y of b) {
        const dy = decoded[y]!;
        if (dx.every((v, i) => v + dy[i]! <= need[i]!)) out.add(x + y);
      }
    }
    return out;
  };
  const single = (length: number): number | undefined => {
    const i = distinct.indexOf(length);
    return i < 0 ? undefined : weight[i];
  };
  const free = new Map<number, Set<number>>();
  /** What fits in a wholly free node of prefix length `length` (the same for every such node). */
  const freeFits = (length: number): Set<number> => {
    const known = free.get(length);
    if (known) return known;
    const half = length < deepest ? freeFits(length + 1) : new Set([0]);
    const out = length < deepest ? combine(half, half) : new Set([0]);
    const one = single(length);
    if (one !== undefined) out.add(one);
    free.set(length, out);
    return out;
  };
  const fits = (node: Prefix): Set<number> => {
    const last = lastAddress(node);
    const touching = runs.filter((r) => r.first <= last && r.last >= node.network);
    if (touching.length === 0) return freeFits(node.length);
    if (touching.some((r) => r.first <= node.network && r.last >= last)) return new Set([0]);
    if (node.length >= deepest || node.length >= bits) return new Set([0]);
    const halfSize = 1n << BigInt(bits - node.length - 1);
    const left = prefixAt(family, node.network, node.length + 1);
    const right = prefixAt(family, node.network + halfSize, node.length + 1);
    return combine(fits(left), fits(right));
  };
  let reachable = new Set([0]);
  for (const budget of budgets) {
    if (budget.family === family) reachable = combine(reachable, fits(budget));
  }
  return reachable.has(total - 1);
}
