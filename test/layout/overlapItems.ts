import { formatPrefix, lastAddress } from "../../src/core/ip/prefix.ts";
import { largestBlock, type AddressRange } from "../../src/core/ip/range.ts";
import type { RangeItem } from "../../src/layout/rangeItems.ts";

/**
 * Items of a design whose ranges are runs [first, last] of a /24 (one field per run), as
 * collectRanges makes them: a run that is not one aligned block is one item with its span.
 */
export function itemsOf(runs: readonly [number, number][]): RangeItem[] {
  return runs.map(([first, last], i) => {
    const range: AddressRange = { family: "ipv4", first: BigInt(first), last: BigInt(last) };
    const prefix = largestBlock(range);
    const whole = prefix.network === range.first && lastAddress(prefix) === range.last;
    const item: RangeItem = {
      id: `ipv4:${formatPrefix(prefix)}:lb`,
      role: "lb",
      field: `loadBalancer.pools.${i}.range`,
      name: `p${i}`,
      source: `${first}-${last}`,
      prefix,
    };
    if (!whole) item.span = range;
    return item;
  });
}
