import type { PlatformCapacity } from "../cloud/types.ts";
import type { Family } from "../ip/family.ts";

/** A contiguous band of addresses, as text, with its size. */
export interface Band {
  first: string;
  last: string;
  size: bigint;
}

/** One family's capacity under the design's CNI / IPAM mode. All counts are exact bigints. */
export interface FamilyCapacity {
  family: Family;
  /** Node ranges the pod ranges split into: sum of 2^(nodeMask - podPrefix). 0n when pods come from node networks. */
  nodeSubnets: bigint;
  /** Node ranges the allocator will actually hand out (the controller manager withholds those touching the Service range). */
  usableNodeSubnets: bigint;
  /** Node ranges withheld because they touch the Service range. */
  withheldNodeSubnets: bigint;
  /** Pod IPs one node range yields under the chosen allocator. */
  podIPsPerNode: bigint;
  /** min(maxPods, podIPsPerNode). */
  podsPerNode: number;
  /** How podIPsPerNode was computed, for a person ("host-local: /24 minus network, gateway, broadcast"). */
  podIPsRule: string;
  /** usableNodeSubnets x podsPerNode (the cluster's pod ceiling in this family). */
  clusterPods: bigint;
  /** Nodes this family can hold: usableNodeSubnets (or the node-network bound in cloud modes). */
  maxNodes: bigint;
  /** Service IPs the apiserver's allocator hands out (old bitmap allocator caps IPv6 at 65,536 slots). */
  serviceIPs: bigint;
  /** The `kubernetes` Service ClusterIP: first address after the network address. */
  kubernetesServiceIP: string;
  /** The conventional cluster DNS IP: the tenth address. Undefined when the range is too small. */
  clusterDNSIP: string | undefined;
  /** The ClusterIP static band (KEP-3070); undefined when the range has 16 or fewer addresses. */
  staticBand: Band | undefined;
}

/** Capacity of a node network against the nodes (and, in cloud modes, pods) it must hold. */
export interface NodeNetworkCapacity {
  /** Position in `nodes.networks`. */
  index: number;
  name: string;
  cidr: string;
  family: Family;
  /** Addresses usable for nodes (cloud providers reserve some; on-prem network and broadcast). */
  usable: bigint;
  /** How `usable` was counted, in words. */
  rule: string;
}

/** One LoadBalancer pool's size as the provider hands addresses out. */
export interface LbPoolCapacity {
  /** Position in `loadBalancer.pools`. */
  index: number;
  name: string;
  range: string;
  family: Family;
  /** Addresses the provider hands out (MetalLB: every address; fewer with avoidBuggyIPs). */
  addresses: bigint;
}

/** The design's capacity, per family and overall. */
export interface Capacity {
  /** Present only for the design's families. */
  ipv4?: FamilyCapacity;
  ipv6?: FamilyCapacity;
  /** Planned nodes including headroom: ceil(count x (1 + headroom/100)). */
  nodesNeeded: number;
  /** The cluster's node ceiling: the smallest of the families' maxNodes and the node networks' room. */
  maxNodes: bigint;
  nodeNetworks: NodeNetworkCapacity[];
  /** Addresses the node networks of each family can give to nodes, summed. */
  nodeNetworkRoom: { ipv4: bigint; ipv6: bigint };
  lbPools: LbPoolCapacity[];
  /** EKS / GKE / AKS figures (max pods, per-subnet nodes, platform limits), on those platforms. */
  platform?: PlatformCapacity;
  /** NodePort range size and its static band (KEP-3668). */
  nodePorts: {
    first: number;
    last: number;
    size: number;
    staticBand: { first: number; last: number } | undefined;
  };
}
