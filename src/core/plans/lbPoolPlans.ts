import { buggyIpCount, lbPoolAddresses } from "../capacity/lbPools.ts";
import type { Design } from "../design/schema.ts";
import { rangeSize, type AddressRange } from "../ip/range.ts";

/** Which addresses of a pool the provider keeps back. */
export type LbSkip = "none" | "buggy" | "first-last";

/** One LoadBalancer pool entry: its addresses and which of them the provider hands out. */
export interface LbPoolPlan {
  /** Position in `loadBalancer.pools`. */
  index: number;
  name: string;
  /** The entry as written (a CIDR or `start-end`). */
  source: string;
  range: AddressRange;
  /** Addresses the provider hands out (capacity's pool figure). */
  addresses: bigint;
  skip: LbSkip;
  /** The provider's rule in words. */
  rule: string;
}

const RULES: Record<Design["loadBalancer"]["provider"], Record<LbSkip, string>> = {
  metallb: {
    none: "MetalLB hands out every address of the pool",
    buggy: "MetalLB with avoidBuggyIPs skips IPv4 addresses ending in .0 or .255",
    "first-last": "",
  },
  cilium: {
    none: "Cilium LB-IPAM hands out every address of the pool",
    buggy: "",
    "first-last":
      'Cilium LB-IPAM with allowFirstLastIPs: "No" keeps back the first and last address of the CIDR block',
  },
};

/**
 * Every LoadBalancer pool entry of the design with the addresses its provider hands out (see
 * `lbPoolAddresses` for the MetalLB and Cilium rules); unparsable entries are left out.
 */
export function planLbPools(design: Design): LbPoolPlan[] {
  const { provider, avoidBuggyIPs, pools } = design.loadBalancer;
  return pools.flatMap((pool, index) => {
    const counted = lbPoolAddresses(pool.range, provider, avoidBuggyIPs);
    if (!counted) return [];
    const size = rangeSize(counted.range);
    const skip: LbSkip =
      counted.addresses === size ? "none" : provider === "metallb" ? "buggy" : "first-last";
    return [
      {
        index,
        name: pool.name,
        source: pool.range,
        range: counted.range,
        addresses: counted.addresses,
        skip,
        rule: RULES[provider][skip],
      },
    ];
  });
}

/**
 * Addresses the provider hands out inside `block` (a part of the pool, e.g. one of the CIDRs a
 * `start-end` entry is drawn as). Closed form; the figures over a pool's parts add up to its
 * `addresses`.
 */
export function lbAddressesIn(plan: LbPoolPlan, block: AddressRange): bigint {
  const first = block.first > plan.range.first ? block.first : plan.range.first;
  const last = block.last < plan.range.last ? block.last : plan.range.last;
  if (last < first || block.family !== plan.range.family) return 0n;
  const part = { family: block.family, first, last };
  switch (plan.skip) {
    case "none":
      return rangeSize(part);
    case "buggy":
      return rangeSize(part) - buggyIpCount(part);
    case "first-last": {
      const ends = [plan.range.first, plan.range.last].filter((a) => a >= first && a <= last);
      return rangeSize(part) - BigInt(ends.length);
    }
  }
}
