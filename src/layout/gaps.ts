import { bitsOf } from "../core/ip/family.ts";
import { lastAddress, prefixAt, type Prefix } from "../core/ip/prefix.ts";
import { rangeToPrefixes, type AddressRange } from "../core/ip/range.ts";

/**
 * The free runs between the given blocks (one family), in address order: every address after the
 * first block's start and before the last block's end that no block covers. One pass over the
 * blocks sorted by start (n log n), so thousands of ranges cost nothing noticeable.
 */
export function gapsBetween(blocks: readonly Prefix[]): AddressRange[] {
  const first = blocks[0];
  if (!first) return [];
  const spans = blocks
    .map((p) => [p.network, lastAddress(p)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: AddressRange[] = [];
  let end = -1n;
  for (const [lo, hi] of spans) {
    if (end >= 0n && lo > end + 1n)
      out.push({ family: first.family, first: end + 1n, last: lo - 1n });
    if (hi > end) end = hi;
  }
  return out;
}

/** The largest aligned CIDR block inside the run (the first of them when several tie). */
export function largestAlignedBlock(range: AddressRange): Prefix {
  const blocks = rangeToPrefixes(range);
  return blocks.reduce((best, p) => (p.length < best.length ? p : best), blocks[0] as Prefix);
}

/**
 * The first aligned /`length` block that lies wholly inside the run, or undefined when none fits
 * (the run is too small, or too badly aligned, for a block of that size).
 */
export function nextFreeBlock(range: AddressRange, length: number): Prefix | undefined {
  const bits = bitsOf(range.family);
  if (length < 0 || length > bits) return undefined;
  const size = 1n << BigInt(bits - length);
  const start = ((range.first + size - 1n) / size) * size;
  if (start + size - 1n > range.last) return undefined;
  return prefixAt(range.family, start, length);
}
