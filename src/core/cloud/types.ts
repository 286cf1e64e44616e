/** The managed Kubernetes platforms the designer models. */
export type CloudPlatform = "eks" | "gke" | "aks";

/** What a node takes from one cloud subnet, and how many nodes the subnet carries. */
export interface CloudSubnetFigures {
  /** The node network's name in the design. */
  name: string;
  cidr: string;
  /** Field path of the network, e.g. "nodes.networks.0". */
  field: string;
  /** Availability zone, where the design names one. */
  zone?: string;
  /** What the subnet holds: node addresses, pod addresses, or both. */
  role: "nodes" | "pods" | "nodes-and-pods";
  /** Addresses the cloud lets us use: size minus its reserved addresses. */
  usable: bigint;
  /** Addresses each node takes from this subnet (pods and warm pool included). */
  perNode: bigint;
  /** Nodes the subnet carries: floor(usable / perNode). */
  nodes: bigint;
  /** Nodes this subnet has to carry: the planned nodes (with headroom) spread over its zones. */
  plannedNodes: number;
  /**
   * Prefix delegation: whole aligned /28s the subnet can hand out at best, and the nodes it
   * carries when prefixes are packed (best) or when every ENI's primary address spoils a /28 (worst).
   */
  prefixes?: { free: bigint; nodesBest: bigint; nodesWorst: bigint };
}

/** The platform's own figures for a design on EKS, GKE or AKS. */
export interface PlatformCapacity {
  platform: CloudPlatform;
  /** The CNI / mode in words, e.g. "Amazon VPC CNI, prefix delegation". */
  label: string;
  /** Max pods per node the platform allows or the addresses bound; undefined when unbounded. */
  platformMaxPods: number | undefined;
  /** How platformMaxPods was computed. */
  maxPodsRule: string;
  /** Pods a node runs: min(design max pods, platformMaxPods). */
  podsPerNode: number;
  /** Per-subnet figures (node subnets, pod subnets). */
  subnets: CloudSubnetFigures[];
  /** Nodes the subnets and pod ranges carry together (platform node limits applied). */
  maxNodes: bigint;
  /** A platform node limit, where one applies (GKE quotas, kubenet route table). */
  nodeLimit?: { limit: number; why: string };
  /** Further figures in words. */
  notes: string[];
}
