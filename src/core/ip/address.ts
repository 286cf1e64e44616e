import { fail, ok, type Result } from "../result.ts";
import type { Family } from "./family.ts";

/** One address: its family and its value as an unsigned integer of 32 or 128 bits. */
export interface Address {
  family: Family;
  value: bigint;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

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

/** Parses colon-separated hex groups; only the address's final group may be a dotted IPv4 tail. */
function parseGroups(text: string, allowIpv4Tail: boolean): number[] | undefined {
  if (text === "") return [];
  const groups: number[] = [];
  const parts = text.split(":");
  for (const [i, part] of parts.entries()) {
    if (allowIpv4Tail && i === parts.length - 1 && part.includes(".")) {
      const v4 = parseIpv4(part);
      if (v4 === undefined) return undefined;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
    } else if (HEX_GROUP.test(part)) {
      groups.push(parseInt(part, 16));
    } else {
      return undefined;
    }
  }
  return groups;
}

/** Parses IPv6 text (RFC 4291 section 2.2, with `::` and an embedded IPv4 tail). */
function parseIpv6(text: string): bigint | undefined {
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  // "1.2.3.4::" is refused: an embedded IPv4 address must end the address (RFC 4291 2.2).
  const head = parseGroups(halves[0] ?? "", halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? "", true) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const groups = [...head, ...Array<number>(missing).fill(0), ...tail];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n);
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
