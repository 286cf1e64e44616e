import { fail, ok, type Result } from "../result.ts";
import type { Family } from "./family.ts";

/** One address: its family and its value as an unsigned integer of 32 or 128 bits. */
export interface Address {
  family: Family;
  value: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Parses dotted-quad IPv4 text; leading zeros are refused as Go's net.ParseIP refuses them. The
 * octets are summed as a number (exact below 2^32), converted to a bigint once.
 */
function parseIpv4(text: string): bigint | undefined {
  const m = IPV4.exec(text);
  if (!m) return undefined;
  let value = 0;
  for (let k = 1; k <= 4; k++) {
    const part = m[k]!;
    if (part.length > 1 && part.startsWith("0")) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return BigInt(value);
}

/** The value of a hex digit's char code, or -1. */
function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/**
 * Parses colon-separated hex groups of text[from, to) into `out`; only the address's final group
 * may be a dotted IPv4 tail. One pass over the characters (every CIDR of a design is parsed once
 * on opening it): false for an empty group, a group of more than 4 digits, or any other character.
 */
function parseGroups(
  text: string,
  from: number,
  to: number,
  allowIpv4Tail: boolean,
  out: number[],
): boolean {
  if (from === to) return true;
  let start = from;
  let group = 0;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 58;
    if (c === 58) {
      if (i === start || i - start > 4) return false;
      out.push(group);
      group = 0;
      start = i + 1;
      continue;
    }
    const d = hexDigit(c);
    if (d >= 0) {
      group = group * 16 + d;
      continue;
    }
    // A dot: the rest must be the final group, a dotted-quad IPv4 tail.
    const colon = text.indexOf(":", i);
    if (c !== 46 || !allowIpv4Tail || (colon >= 0 && colon < to)) return false;
    const v4 = parseIpv4(text.slice(start, to));
    if (v4 === undefined) return false;
    out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    return true;
  }
  return true;
}

/**
 * Parses IPv6 text (RFC 4291 section 2.2, with `::` and an embedded IPv4 tail). The eight groups
 * are joined as three numbers (48, 48 and 32 bits, exact as doubles) before one bigint is made.
 */
function parseIpv6(text: string): bigint | undefined {
  const gap = text.indexOf("::");
  if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) return undefined;
  const groups: number[] = [];
  // "1.2.3.4::" is refused: an embedded IPv4 address must end the address (RFC 4291 2.2).
  if (!parseGroups(text, 0, gap < 0 ? text.length : gap, gap < 0, groups)) return undefined;
  const tail: number[] = [];
  if (gap >= 0 && !parseGroups(text, gap + 2, text.length, true, tail)) return undefined;
  const missing = 8 - groups.length - tail.length;
  if (gap >= 0 ? missing < 1 : missing !== 0) return undefined;
  for (let k = 0; k < missing; k++) groups.push(0);
  for (const group of tail) groups.push(group);
  const g = (k: number): number => groups[k] as number;
  const high = (g(0) * 65536 + g(1)) * 65536 + g(2);
  const middle = (g(3) * 65536 + g(4)) * 65536 + g(5);
  const low = g(6) * 65536 + g(7);
  return (BigInt(high) << 80n) | (BigInt(middle) << 32n) | BigInt(low);
}

/** Parses an IPv4 or IPv6 address. Zones (`%eth0`) and surrounding spaces are refused. */
export function parseAddress(text: string): Result<Address> {
  if (text.includes(":")) {
    const value = text.includes("%") ? undefined : parseIpv6(text);
    return value === undefined
      ? fail(`"${text}" is not a valid IPv6 address`)
      : ok({ family: "ipv6", value });
  }
  const value = parseIpv4(text);
  return value === undefined
    ? fail(`"${text}" is not a valid IPv4 address`)
    : ok({ family: "ipv4", value });
}

/** Dotted quad of the low 32 bits (one bigint-to-number conversion, then number work). */
function formatIpv4(value: bigint): string {
  const n = Number(value & 0xffffffffn);
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/**
 * Formats IPv6 per RFC 5952: lower case, no leading zeros, the longest zero run (>= 2 groups,
 * the first of equal runs) as `::`, IPv4-mapped addresses with their dotted tail. `value` is an
 * address (0 to 2^128 - 1). One bigint-to-text conversion, then the groups are cut from the hex
 * digits (formatting runs once per drawn block and per range in the rules).
 */
function formatIpv6(value: bigint): string {
  // RFC 5952 section 5: IPv4-mapped addresses keep the dotted tail.
  if (value >> 32n === 0xffffn) return `::ffff:${formatIpv4(value & 0xffffffffn)}`;
  const digits = value.toString(16).padStart(32, "0");
  const groups: string[] = [];
  let bestStart = -1;
  let bestLength = 1;
  let runStart = -1;
  for (let g = 0; g < 8; g++) {
    const end = g * 4 + 4;
    let i = g * 4;
    while (i < end - 1 && digits.charCodeAt(i) === 48) i++;
    const group = digits.slice(i, end);
    groups.push(group);
    if (group !== "0") {
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = g;
    if (g + 1 - runStart > bestLength) {
      bestStart = runStart;
      bestLength = g + 1 - runStart;
    }
  }
  if (bestStart < 0) return groups.join(":");
  const head = groups.slice(0, bestStart).join(":");
  const tail = groups.slice(bestStart + bestLength).join(":");
  return `${head}::${tail}`;
}

/** Formats an address: dotted quad for IPv4, RFC 5952 canonical text for IPv6. */
export function formatAddress(address: Address): string {
  return address.family === "ipv4" ? formatIpv4(address.value) : formatIpv6(address.value);
}
