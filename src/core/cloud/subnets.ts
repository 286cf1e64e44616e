import { prefixSize, type Prefix } from "../ip/prefix.ts";
import type { CloudPlatform } from "./types.ts";

/**
 * Addresses each cloud keeps back in a subnet: AWS and Azure the first four and the last (EC2
 * CreateSubnet; concepts-network-azure-cni-overlay.md), GCP four in a primary range (network,
 * gateway, second-to-last, broadcast; reference/managed-clouds.md 2.3).
 */
export const SUBNET_RESERVED: Record<CloudPlatform, bigint> = { eks: 5n, aks: 5n, gke: 4n };

/** Usable addresses of a cloud subnet: its size minus the platform's reserved addresses, at least 0. */
export function usableCloudAddresses(prefix: Prefix, platform: CloudPlatform): bigint {
  const size = prefixSize(prefix);
  const reserved = SUBNET_RESERVED[platform];
  return size > reserved ? size - reserved : 0n;
}

/**
 * Whole aligned /28 prefixes an IPv4 AWS subnet can hand out at best: every /28 except the first
 * (network, router, DNS, future addresses) and the last (broadcast); a /24 gives 14, a /20 254
 * (reference/managed-clouds.md 1.6, derived). 0 for IPv6 or subnets smaller than a /27.
 */
export function freeAlignedPrefixes(prefix: Prefix, length = 28): bigint {
  if (prefix.family !== "ipv4" || prefix.length > length - 1) return 0n;
  return (1n << BigInt(length - prefix.length)) - 2n;
}
