import { rangeToPrefixes } from "../../src/core/ip/range.ts";
import type { RangeItem } from "../../src/layout/rangeItems.ts";

/** Items of a design whose ranges are runs [first, last] of a /24 (one field per run). */
export function itemsOf(runs: readonly [number, number][]): RangeItem[] {
  return runs.flatMap(([first, last], i) =>
    rangeToPrefixes({ family: "ipv4", first: BigInt(first), last: BigInt(last) }).map((p) => ({
      id: `x${i}`,
      role: "lb" as const,
      field: `loadBalancer.pools.${i}.range`,
      name: `p${i}`,
      source: `${first}-${last}`,
      prefix: p,
    })),
  );
}
