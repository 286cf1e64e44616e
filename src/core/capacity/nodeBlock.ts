import { assertNever } from "../result.ts";
import type { Family } from "../ip/family.ts";
import type { PodIpAllocator } from "../cni/descriptor.ts";

/** Cilium's per-node IPv6 allocator keeps a bitmap of at most 2^16 slots (`RangeSize`). */
export const CILIUM_IPV6_RANGE_CAP = 65_536n;

/** Why an address of a node block is not a pod IP. */
export type ReservedRole = "network" | "gateway" | "broadcast" | "last";

/** An address taken at run time from the block's free part (its index is not fixed). */
export type FloatingRole = "router" | "health";

/** Which addresses of one node block never go to pods, by index from the block's start. */
export interface NodeBlockReservations {
  allocator: PodIpAllocator;
  family: Family;
  /** Addresses in the block: 2^(bits - nodeMask). */
  blockSize: bigint;
  /**
   * Exclusive end of the part the allocator works in: the block size, Cilium's 65,536 cap for
   * IPv6, or 0n when the allocator refuses the block (host-local below 2 host bits).
   */
  usableEnd: bigint;
  /** Indices (below usableEnd) the allocator never hands out, in ascending order. */
  fixed: { index: bigint; role: ReservedRole }[];
  /** Addresses the agent takes for itself at run time, anywhere in the free part. */
  floating: { role: FloatingRole; count: bigint }[];
}

/**
 * The reservations inside one node block under a pod-IP allocator. host-local (containernetworking
 * plugins `range.go`): network, gateway (network+1) and, for IPv4 only, broadcast; blocks with
 * fewer than 2 host bits (/31, /32, /127, /128) are refused ("Network X too small to allocate
 * from"). Cilium (`ipallocator.NewCIDRRange`, `RangeSize`): first and last address of the range
 * (the range is capped at 65,536 for IPv6; /31, /32, /127, /128 have no range), then the
 * cilium_host router IP and the health-endpoint IP at random free positions. Calico IPAM: none,
 * on Linux every block address is assignable. Azure CNI Overlay: Azure documents no reserved
 * address in a node's /24, so none is modelled (the pod count is capped by AKS's max pods
 * instead, see `podIpsPerNode`). Cloud-network modes have no node block: undefined.
 */
export function blockReservations(
  allocator: PodIpAllocator,
  family: Family,
  nodeMask: number,
): NodeBlockReservations | undefined {
  const hostBits = (family === "ipv4" ? 32 : 128) - nodeMask;
  if (hostBits < 0) return undefined;
  const blockSize = 1n << BigInt(hostBits);
  const base = { allocator, family, blockSize };
  switch (allocator) {
    case "host-local": {
      if (hostBits < 2) return { ...base, usableEnd: 0n, fixed: [], floating: [] };
      const fixed: NodeBlockReservations["fixed"] = [
        { index: 0n, role: "network" },
        { index: 1n, role: "gateway" },
      ];
      if (family === "ipv4") fixed.push({ index: blockSize - 1n, role: "broadcast" });
      return { ...base, usableEnd: blockSize, fixed, floating: [] };
    }
    case "cilium": {
      const floating: NodeBlockReservations["floating"] = [
        { role: "router", count: 1n },
        { role: "health", count: 1n },
      ];
      if (hostBits < 2) return { ...base, usableEnd: 0n, fixed: [], floating };
      const usableEnd =
        family === "ipv6" && blockSize > CILIUM_IPV6_RANGE_CAP ? CILIUM_IPV6_RANGE_CAP : blockSize;
      return {
        ...base,
        usableEnd,
        fixed: [
          { index: 0n, role: "network" },
          {
            index: usableEnd - 1n,
            role: family === "ipv4" && usableEnd === blockSize ? "broadcast" : "last",
          },
        ],
        floating,
      };
    }
    case "calico-block":
    case "azure-overlay":
    case "cloud-block":
      return { ...base, usableEnd: blockSize, fixed: [], floating: [] };
    case "cloud-network":
      return undefined;
    default:
      return assertNever(allocator);
  }
}

/** Pod IPs a block yields: usableEnd minus fixed and floating reservations, never below 0. */
export function podIpsInBlock(reservations: NodeBlockReservations): bigint {
  const floating = reservations.floating.reduce((sum, f) => sum + f.count, 0n);
  const left = reservations.usableEnd - BigInt(reservations.fixed.length) - floating;
  return left > 0n ? left : 0n;
}
