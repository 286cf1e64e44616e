import { fail, ok, type Result } from "../result.ts";
import { formatAddress, parseAddress, type Address } from "./address.ts";
import { bitLength } from "./bitLength.ts";
import { bitsOf, type Family } from "./family.ts";
import { lastAddress, parsePrefix, prefixAt, type Prefix } from "./prefix.ts";
import { memoByText, memoFrozen } from "./textMemo.ts";

/** An inclusive run of addresses of one family, as MetalLB's `start-end` pool entries are. */
export interface AddressRange {
  family: Family;
  first: bigint;
  last: bigint;
}

/**
 * The fewest aligned CIDR blocks covering exactly [first, last] (inclusive), in address order;
 * the first `limit` of them when given (callers that only need a few stop early). Each block
 * costs a constant number of bigint steps, so a /0-wide IPv6 run takes at most 2 x 128 blocks.
 */
export function rangeToPrefixes(range: AddressRange, limit = Infinity): Prefix[] {
  const bits = bitsOf(range.family);
  const out: Prefix[] = [];
  let start = range.first;
  while (start <= range.last && out.length < limit) {
    // The largest block starting at `start`: bounded by its alignment and by what is left.
    const aligned = start === 0n ? bits : lowestBit(start);
    const fits = bitLength(range.last - start + 1n) - 1;
    const hostBits = aligned < fits ? aligned : fits;
    out.push(prefixAt(range.family, start, bits - hostBits));
    start += 1n << BigInt(hostBits);
  }
  return out;
}

/** The index of the lowest set bit of a positive value. */
function lowestBit(value: bigint): number {
  return bitLength(value & -value) - 1;
}

/**
 * The largest h in 0..max for which `fits(h)` holds, where it holds for 0 and, once it fails,
 * fails for every larger h: found by halving (O(log max) calls).
 */
function largestFitting(max: number, fits: (h: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The block of rangeToPrefixes(range) holding `address` (which must lie in the range): the
 * largest aligned block around it that stays inside the range. The block of 2^h addresses
 * around `address` starts at or after `first` while `address` and `first - 1` part above bit h
 * (h < bitLength of their xor), and ends by `last` while `address` and `last + 1` do: two xors,
 * no search (the map asks for the blocks of every `start-end` pool's ends and overlaps).
 */
export function blockContaining(range: AddressRange, address: bigint): Prefix {
  const bits = bitsOf(range.family);
  // first = 0 leaves the start free; last + 1 = 2^bits has bit `bits` set, so it leaves the end free.
  const low = range.first === 0n ? bits : bitLength(address ^ (range.first - 1n)) - 1;
  const high = bitLength(address ^ (range.last + 1n)) - 1;
  return prefixAt(range.family, address, bits - Math.min(bits, low, high));
}

/**
 * The largest aligned block inside the range (the first of that size in address order): the
 * block rangeToPrefixes(range) lists first among its shortest prefixes. O(address bits).
 */
export function largestBlock(range: AddressRange): Prefix {
  const bits = bitsOf(range.family);
  // Host bits h fit when the first aligned block of 2^h addresses from `first` ends by `last`;
  // if h fits, h - 1 does too, so search h.
  const startOf = (h: number): bigint => {
    const size = 1n << BigInt(h);
    return ((range.first + size - 1n) >> BigInt(h)) << BigInt(h);
  };
  const fits = (h: number): boolean => startOf(h) + (1n << BigInt(h)) - 1n <= range.last;
  const lo = largestFitting(bits, fits);
  return prefixAt(range.family, startOf(lo), bits - lo);
}

/**
 * How many blocks rangeToPrefixes(range) lists, without listing them: the run splits at the
 * aligned point `m` where its first and one-past-last addresses part; the blocks below `m` are
 * the set bits of `m - first`, those above the set bits of `last + 1 - m`. O(address bits).
 */
export function blockCount(range: AddressRange): number {
  const end = range.last + 1n;
  const k = bitLength(range.first ^ end) - 1;
  const m = (end >> BigInt(k)) << BigInt(k);
  return ones(m - range.first) + ones(end - m);
}

/** The number of set bits of a non-negative value. */
function ones(value: bigint): number {
  let n = 0;
  for (const digit of value.toString(2)) if (digit === "1") n++;
  return n;
}

/** The inclusive address run of a block. */
export function prefixRange(prefix: Prefix): AddressRange {
  return { family: prefix.family, first: prefix.network, last: lastAddress(prefix) };
}

/** Number of addresses in the run. */
export function rangeSize(range: AddressRange): bigint {
  return range.last - range.first + 1n;
}

/** True when the two runs share an address. */
export function rangesOverlap(a: AddressRange, b: AddressRange): boolean {
  return a.family === b.family && a.first <= b.last && b.first <= a.last;
}

/**
 * Formats a run as `start-end` text. Memoised for parseAddressRange's frozen runs (memoFrozen),
 * as formatPrefix is for CIDRs.
 */
export function formatRange(range: AddressRange): string {
  return rangeText(range);
}

const rangeText = memoFrozen((range: AddressRange): string => {
  const at = (value: bigint): string => formatAddress({ family: range.family, value });
  return `${at(range.first)}-${at(range.last)}`;
});

/**
 * Parses a LoadBalancer pool entry: a CIDR or `start-end` (spaces around the dash allowed), as
 * MetalLB's `ParseCIDR` accepts them. Errors follow MetalLB's wording where it has one.
 * Memoised by text (results are frozen), like `parsePrefix`: the schema, plans, rules, map and
 * each fix trial read every pool.
 */
export function parseAddressRange(text: string): Result<AddressRange> {
  return parsedRange(text);
}

const parsedRange = memoByText(parseRangeUncached);

function parseRangeUncached(text: string): Result<AddressRange> {
  const trimmed = text.trim();
  if (!trimmed.includes("-")) {
    const prefix = parsePrefix(trimmed);
    if (!prefix.ok) return fail(`invalid CIDR "${text}"`);
    return ok(prefixRange(prefix.value.prefix));
  }
  const parts = trimmed.split("-").map((s) => s.trim());
  if (parts.length !== 2) return fail(`invalid IP range "${text}"`);
  const [start, end] = parts.map((p) => parseAddress(p ?? "")) as [
    Result<Address>,
    Result<Address>,
  ];
  if (!start.ok) return fail(`invalid IP range "${text}": invalid start IP "${parts[0]}"`);
  if (!end.ok) return fail(`invalid IP range "${text}": invalid end IP "${parts[1]}"`);
  if (start.value.family !== end.value.family) {
    return fail(`invalid IP range "${text}": start and end are of different IP families`);
  }
  if (start.value.value > end.value.value) {
    return fail(
      `invalid IP range "${text}": start IP "${parts[0]}" is after the end IP "${parts[1]}"`,
    );
  }
  return ok({ family: start.value.family, first: start.value.value, last: end.value.value });
}
