import { platformOf } from "../cloud/platformCapacity.ts";
import { SUBNET_RESERVED } from "../cloud/subnets.ts";
import { describeCni } from "../cni/describeCni.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design } from "../design/schema.ts";
import { prefixOf, prefixSize, type Prefix } from "../ip/prefix.ts";
import type { NodeNetworkCapacity } from "./types.ts";

/**
 * Addresses a cloud subnet keeps back: AWS reserves "the first four and the last IPv4 address
 * in each subnet's CIDR block" (EC2 API CreateSubnet) and Azure "the first four addresses and
 * the last address" (Azure Virtual Network FAQ).
 */
export const CLOUD_RESERVED_PER_SUBNET = 5n;

/** True when the node networks are VPC/VNet subnets whose provider reserves addresses (Cilium eni, azure). */
export function nodeNetworksAreCloud(design: Design): boolean {
  return describeCni(design.cni).nodeRanges === "cloud";
}

/**
 * Addresses of one node network that nodes (and, in cloud modes, pods) can use. On-prem IPv4:
 * size - 3 (network, gateway, broadcast); on-prem IPv6: size - 2 (subnet-router anycast, RFC 4291
 * 2.6.1, and gateway); cloud subnets: size - 5. Never below 0.
 */
export function usableNodeAddresses(
  prefix: Prefix,
  cloud: boolean,
  cloudReserved = CLOUD_RESERVED_PER_SUBNET,
): bigint {
  const reserved = cloud ? cloudReserved : prefix.family === "ipv4" ? 3n : 2n;
  const size = prefixSize(prefix);
  return size > reserved ? size - reserved : 0n;
}

/** How `usableNodeAddresses` counted, in words. */
export function usableNodeAddressesRule(
  prefix: Prefix,
  cloud: boolean,
  cloudReserved = CLOUD_RESERVED_PER_SUBNET,
): string {
  if (cloud)
    return `minus the ${cloudReserved} addresses the cloud provider reserves in each subnet`;
  return prefix.family === "ipv4"
    ? "minus network, gateway and broadcast"
    : "minus the subnet-router anycast address and the gateway";
}

/** Every node network of the design with its usable addresses; unparsable entries are left out. */
export function nodeNetworkCapacities(
  design: Design,
  cni: IpamDescriptor = describeCni(design.cni),
): NodeNetworkCapacity[] {
  const cloud = cni.nodeRanges === "cloud";
  const platform = platformOf(design.cni);
  const reserved = platform ? SUBNET_RESERVED[platform] : CLOUD_RESERVED_PER_SUBNET;
  return design.nodes.networks.flatMap((network, index) => {
    const prefix = prefixOf(network.cidr);
    return prefix
      ? [
          {
            index,
            name: network.name,
            cidr: network.cidr,
            family: prefix.family,
            usable: usableNodeAddresses(prefix, cloud, reserved),
            rule: usableNodeAddressesRule(prefix, cloud, reserved),
          },
        ]
      : [];
  });
}
