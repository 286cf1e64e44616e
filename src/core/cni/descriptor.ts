/** Who hands each node its pod range. */
export type NodeRangeAllocator =
  | "kube-controller-manager"
  | "kubelet"
  | "cilium-operator"
  | "calico"
  | "cloud"
  | "external-operator";

/**
 * How many pod IPs a node block yields: the allocator that hands out the addresses
 * ("azure-overlay": AKS's fixed /24 per node, capped by AKS's per-node pod ceiling).
 */
export type PodIpAllocator =
  "host-local" | "cilium" | "calico-block" | "cloud-network" | "azure-overlay" | "cloud-block";

/** What a CNI / IPAM mode means for addressing, and which design settings matter under it. */
export interface IpamDescriptor {
  /** Stable id, e.g. "cilium/cluster-pool". */
  id: string;
  label: string;
  /** Who carves per-node ranges from the pod range. */
  nodeRanges: NodeRangeAllocator;
  /** Who hands individual pod IPs out of a node's range. */
  podIps: PodIpAllocator;
  /** True when pod IPs come from a pod range of the design; false when from the node (VPC/VNet) networks. */
  usesPodRange: boolean;
  /** True when the allocator skips node blocks that touch the Service range (the controller manager does). */
  knowsServiceRange: boolean;
  /** True when kube-controller-manager must run with `--allocate-node-cidrs=true` for this mode. */
  needsControllerManagerAllocation: boolean;
  /** Pod ranges allowed per family (kube-controller-manager takes one; pools take several). */
  maxPodCidrsPerFamily: number;
  /** Design settings that matter under this mode (field paths). */
  settings: string[];
  /** What a user should know, in a sentence each. */
  notes: string[];
}
