import { fail, ok, type Result } from "../result.ts";
import { formatAddress, parseAddress, type Address } from "./address.ts";
import { bitLength } from "./bitLength.ts";
import { bitsOf, type Family } from "./family.ts";
import { memoByText, memoFrozen } from "./textMemo.ts";

/** An aligned block of addresses: network address (host bits zero) and prefix length. */
export interface Prefix {
  family: Family;
  network: bigint;
  length: number;
}

/** A parsed CIDR and whether host bits had to be cleared (as kube-controller-manager does). */
export interface ParsedPrefix {
  prefix: Prefix;
  hostBitsSet: boolean;
}

/** Mask with the top `length` bits of a `bits`-wide address set. */
const MASKS = new Map<number, bigint[]>();

/** The network mask of a /`length` in a `bits`-wide family (tabulated: masks are asked for per block). */
function maskOf(bits: number, length: number): bigint {
  let table = MASKS.get(bits);
  if (!table) {
    const all = (1n << BigInt(bits)) - 1n;
    table = Array.from({ length: bits + 1 }, (_, l) => all ^ ((1n << BigInt(bits - l)) - 1n));
    MASKS.set(bits, table);
  }
  return table[length] ?? ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - length)) - 1n);
}

/**
 * Parses CIDR text ("10.0.0.0/8", "fd00::/48"). Host bits set are cleared and reported
 * (`10.244.1.0/16` becomes `10.244.0.0/16`), like netutils.ParseCIDRSloppy in the controller manager.
 * The parser is ours alone; ip-cidr checks it as a test oracle (prefix.oracle.test.ts, ADR 0034).
 * Memoised by text (results are frozen): one parse per CIDR however many passes read it.
 */
export function parsePrefix(text: string): Result<ParsedPrefix> {
  return parsedPrefix(text);
}

const parsedPrefix = memoByText(parseUncached);

function parseUncached(text: string): Result<ParsedPrefix> {
  const trimmed = text.trim();
  const slash = trimmed.indexOf("/");
  if (slash < 0) return fail(`"${text}" is not a CIDR: it needs a prefix length, e.g. /24`);
  const lengthText = trimmed.slice(slash + 1);
  const address = parseAddress(trimmed.slice(0, slash));
  if (!address.ok) return fail(`"${text}" is not a valid CIDR: ${address.error}`);
  const bits = bitsOf(address.value.family);
  if (!/^\d{1,3}$/.test(lengthText) || Number(lengthText) > bits) {
    return fail(`"${text}" is not a valid CIDR: the prefix length must be 0 to ${bits}`);
  }
  if (lengthText.length > 1 && lengthText.startsWith("0")) {
    // Refused alike ("/08" and "/016"), as Go's netip.ParsePrefix does.
    return fail(
      `"${text}" is not a valid CIDR: write the prefix length without leading zeros (/${Number(lengthText)})`,
    );
  }
  const length = Number(lengthText);
  const network = address.value.value & maskOf(bits, length);
  return ok({
    prefix: { family: address.value.family, network, length },
    hostBitsSet: network !== address.value.value,
  });
}

/** Parses CIDR text and returns the prefix alone; a convenience for already-validated designs. */
export function prefixOf(text: string): Prefix | undefined {
  const parsed = parsePrefix(text);
  return parsed.ok ? parsed.value.prefix : undefined;
}

/** Makes a prefix from any address inside it, clearing host bits. */
export function prefixAt(family: Family, value: bigint, length: number): Prefix {
  return { family, network: value & maskOf(bitsOf(family), length), length };
}

/**
 * Canonical CIDR text: RFC 5952 for IPv6. Memoised for parsePrefix's frozen prefixes (memoFrozen):
 * a design's CIDRs are written once, however many passes write them.
 */
export function formatPrefix(prefix: Prefix): string {
  return prefixText(prefix);
}

const prefixText = memoFrozen(
  (prefix: Prefix): string =>
    `${formatAddress({ family: prefix.family, value: prefix.network })}/${prefix.length}`,
);

/** Number of host bits (32 or 128 minus the prefix length). */
export function hostBits(prefix: Prefix): number {
  return bitsOf(prefix.family) - prefix.length;
}

/** Number of addresses in the block, 2^(bits - length), network and broadcast included. */
export function prefixSize(prefix: Prefix): bigint {
  return 1n << BigInt(hostBits(prefix));
}

/** The block's last address (the IPv4 broadcast address). */
export function lastAddress(prefix: Prefix): bigint {
  return prefix.network + prefixSize(prefix) - 1n;
}

/** The address at `index` within the block (0 = network); negative counts back from the end. */
export function addressAt(prefix: Prefix, index: bigint): Address {
  const size = prefixSize(prefix);
  const i = index < 0n ? size + index : index;
  if (i < 0n || i >= size)
    throw new RangeError(`index ${index} is outside ${formatPrefix(prefix)}`);
  return { family: prefix.family, value: prefix.network + i };
}

/** True when `outer` contains every address of `inner` (equal blocks contain each other). */
export function contains(outer: Prefix, inner: Prefix): boolean {
  return (
    outer.family === inner.family &&
    outer.length <= inner.length &&
    (inner.network & maskOf(bitsOf(outer.family), outer.length)) === outer.network
  );
}

/** True when the address lies inside the block. */
export function includesAddress(prefix: Prefix, address: Address): boolean {
  return (
    prefix.family === address.family &&
    address.value >= prefix.network &&
    address.value <= lastAddress(prefix)
  );
}

/** True when the two blocks share at least one address (aligned blocks: one contains the other). */
export function overlaps(a: Prefix, b: Prefix): boolean {
  return contains(a, b) || contains(b, a);
}

/** The addresses two blocks share: the smaller block when they overlap, else undefined. */
export function intersection(a: Prefix, b: Prefix): Prefix | undefined {
  if (contains(a, b)) return b;
  if (contains(b, a)) return a;
  return undefined;
}

/** How many /`length` subnets the block splits into: 2^(length - prefix length). */
export function subnetCount(prefix: Prefix, length: number): bigint {
  if (length < prefix.length) return 0n;
  return 1n << BigInt(length - prefix.length);
}

/** The `n`-th (0-based) /`length` subnet of the block, in address order. */
export function nthSubnet(prefix: Prefix, length: number, n: bigint): Prefix {
  const count = subnetCount(prefix, length);
  if (n < 0n || n >= count) {
    throw new RangeError(`subnet ${n} is outside ${formatPrefix(prefix)} split into /${length}`);
  }
  return {
    family: prefix.family,
    network: prefix.network + n * (1n << BigInt(bitsOf(prefix.family) - length)),
    length,
  };
}

/** Splits a block into its /`length` subnets; refuses to list more than `limit` of them. */
export function split(prefix: Prefix, length: number, limit = 65_536): Prefix[] {
  const count = subnetCount(prefix, length);
  if (count > BigInt(limit)) throw new RangeError(`${count} subnets exceed the limit of ${limit}`);
  return Array.from({ length: Number(count) }, (_, i) => nthSubnet(prefix, length, BigInt(i)));
}

/** Index of the /`length` subnet of `prefix` that holds `address` (prefix must include it). */
export function subnetIndexOf(prefix: Prefix, length: number, address: bigint): bigint {
  return (address - prefix.network) >> BigInt(bitsOf(prefix.family) - length);
}

/**
 * The smallest block holding every given block (all of one family); undefined for none. Each
 * step keeps the bits the running block and the next share: the shorter of both lengths and
 * their networks' common leading bits (a block of another family leaves /0).
 */
export function commonSupernet(prefixes: readonly Prefix[]): Prefix | undefined {
  const [first, ...rest] = prefixes;
  if (!first) return undefined;
  let result = first;
  for (const p of rest) {
    const bits = bitsOf(p.family);
    const common = p.family === result.family ? bits - bitLength(result.network ^ p.network) : 0;
    result = prefixAt(p.family, p.network, Math.max(0, Math.min(result.length, p.length, common)));
  }
  return result;
}

/** Orders blocks by network address, then shorter prefix first. */
export function comparePrefixes(a: Prefix, b: Prefix): number {
  if (a.family !== b.family) return a.family === "ipv4" ? -1 : 1;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.length - b.length;
}
