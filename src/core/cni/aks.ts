/** Where the AKS facts below come from (MicrosoftDocs/azure-aks-docs, reference/kubernetes.md section 7). */
export const AKS_OVERLAY_DOC = "https://learn.microsoft.com/azure/aks/azure-cni-overlay";

/** The AKS document that lists the reserved ranges. */
export const AKS_RESERVED_DOC = "https://learn.microsoft.com/azure/aks/configure-kubenet";

/** The IPv4 prefix length of the block AKS carves for every node from the overlay pod CIDR: a /24. */
export const AKS_OVERLAY_NODE_MASK = 24;

/** AKS's per-node pod ceiling under Azure CNI Overlay (`--max-pods` default and maximum): 250. */
export const AKS_MAX_PODS = 250;

/** A range AKS reserves: it cannot be used for the pod, Service or node networks. */
export interface AksReservedRange {
  cidr: string;
  what: string;
}

/**
 * The ranges AKS reserves, which "cannot be used for service, pod or VNet ranges"
 * (MicrosoftDocs/azure-aks-docs `articles/aks/configure-kubenet.md`; reference/kubernetes.md section 7).
 */
export const AKS_RESERVED_RANGES: readonly AksReservedRange[] = [
  { cidr: "169.254.0.0/16", what: "link-local" },
  { cidr: "172.30.0.0/16", what: "reserved by AKS" },
  { cidr: "172.31.0.0/16", what: "reserved by AKS" },
  { cidr: "192.0.2.0/24", what: "TEST-NET-1, reserved by AKS" },
];
