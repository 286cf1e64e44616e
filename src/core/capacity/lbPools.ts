import type { Design } from "../design/schema.ts";
import { parseAddressRange, rangeSize, type AddressRange } from "../ip/range.ts";
import type { LbPoolPlan } from "../plans/lbPoolPlans.ts";
import type { LbPoolCapacity } from "./types.ts";

/** Floor division for bigint (bigint `/` truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** How many x in [first, last] have x mod m = k (0 <= k < m): exact, without iterating. */
export function countCongruent(first: bigint, last: bigint, k: bigint, m: bigint): bigint {
  if (last < first) return 0n;
  return floorDiv(last - k, m) - floorDiv(first - 1n - k, m);
}

/**
 * IPv4 addresses ending in .0 or .255 inside a run: what MetalLB's `avoidBuggyIPs` skips
 * (`ipConfusesBuggyFirmwares`, IPv4 only). Counted exactly for any `start-end` run.
 */
export function buggyIpCount(range: AddressRange): bigint {
  if (range.family !== "ipv4") return 0n;
  return (
    countCongruent(range.first, range.last, 0n, 256n) +
    countCongruent(range.first, range.last, 255n, 256n)
  );
}

/**
 * Addresses a LoadBalancer pool entry hands out. MetalLB: every address, network and broadcast
 * included; with `avoidBuggyIPs` IPv4 addresses ending in .0 or .255 are skipped. Cilium LB-IPAM
 * with `allowFirstLastIPs: "No"` (our avoidBuggyIPs): the first and last address of a CIDR block
 * are kept back, except for /31, /32, /127, /128; `start`/`stop` blocks are never trimmed (Cilium
 * docs, "LoadBalancer IP Address Management": the setting "only applies to blocks specified with
 * .spec.blocks[].cidr").
 */
export function lbPoolAddresses(
  text: string,
  provider: Design["loadBalancer"]["provider"],
  avoidBuggyIPs: boolean,
): { range: AddressRange; addresses: bigint } | undefined {
  const parsed = parseAddressRange(text);
  if (!parsed.ok) return undefined;
  const range = parsed.value;
  const size = rangeSize(range);
  if (!avoidBuggyIPs) return { range, addresses: size };
  if (provider === "metallb") return { range, addresses: size - buggyIpCount(range) };
  const isCidrBlock = !text.includes("-");
  return { range, addresses: isCidrBlock && size > 2n ? size - 2n : size };
}

/** Sizes of every LoadBalancer pool of the design, in order, from the pool plans. */
export function lbPoolCapacities(plans: readonly LbPoolPlan[]): LbPoolCapacity[] {
  return plans.map((p) => ({
    index: p.index,
    name: p.name,
    range: p.source,
    family: p.range.family,
    addresses: p.addresses,
  }));
}
