import { bitsOf, familyLabel, type Family } from "../ip/family.ts";
import { formatAddress } from "../ip/address.ts";
import { formatPrefix, type Prefix } from "../ip/prefix.ts";
import { rangeToPrefixes, type AddressRange } from "../ip/range.ts";

/** The shared part of two address runs of one family; undefined when they are disjoint. */
export function sharedRange(a: AddressRange, b: AddressRange): AddressRange | undefined {
  if (a.family !== b.family) return undefined;
  const first = a.first > b.first ? a.first : b.first;
  const last = a.last < b.last ? a.last : b.last;
  return first <= last ? { family: a.family, first, last } : undefined;
}

/** An address run as text: its CIDRs when it is at most three blocks, else `first-last`. */
export function describeRange(range: AddressRange): string {
  const prefixes = rangeToPrefixes(range, 4);
  if (prefixes.length <= 3) return prefixes.map(formatPrefix).join(", ");
  const at = (value: bigint): string => formatAddress({ family: range.family, value });
  return `${at(range.first)}-${at(range.last)}`;
}

/** "s" when n is not one. */
export function plural(n: bigint | number): string {
  return BigInt(n) === 1n ? "" : "s";
}

/** kube-apiserver's name for the n-th `--service-cluster-ip-range` entry in its messages. */
export function serviceFlagName(primary: boolean): string {
  return primary ? "--service-cluster-ip-range" : "--service-cluster-ip-range[1]";
}

/** Address width of a prefix's family. */
export function widthOf(prefix: Prefix): number {
  return bitsOf(prefix.family);
}

/** "IPv4"/"IPv6" for a family. */
export function label(family: Family): string {
  return familyLabel(family);
}
