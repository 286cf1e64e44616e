import { canonicalCidr } from "../../core/design/normaliseCidr.ts";
import type { LbPool } from "../../core/design/schema.ts";
import { formatAddress } from "../../core/ip/address.ts";
import { parseAddressRange } from "../../core/ip/range.ts";

/** A LoadBalancer pool entry in canonical form: a CIDR, or an inclusive start/stop run. */
export type PoolEntry =
  { kind: "cidr"; cidr: string } | { kind: "range"; start: string; stop: string };

/**
 * Reads a design pool's `range` text as MetalLB and Cilium LB-IPAM take it: CIDR text (host bits
 * cleared) or `start-end`; undefined when it does not parse.
 */
export function poolEntry(pool: LbPool): PoolEntry | undefined {
  const text = pool.range.trim();
  if (!text.includes("-")) {
    const canonical = canonicalCidr(text);
    return canonical.ok ? { kind: "cidr", cidr: canonical.value.text } : undefined;
  }
  const range = parseAddressRange(text);
  if (!range.ok) return undefined;
  const at = (value: bigint): string => formatAddress({ family: range.value.family, value });
  return { kind: "range", start: at(range.value.first), stop: at(range.value.last) };
}

/** MetalLB's text for an entry: the CIDR, or `start-stop`. */
export function metallbAddress(entry: PoolEntry): string {
  return entry.kind === "cidr" ? entry.cidr : `${entry.start}-${entry.stop}`;
}
