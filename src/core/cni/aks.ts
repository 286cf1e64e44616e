/** Where the AKS facts below come from (MicrosoftDocs/azure-aks-docs, reference/kubernetes.md section 7). */
export const AKS_OVERLAY_DOC = "https://learn.microsoft.com/azure/aks/azure-cni-overlay";

/** The AKS document that lists the reserved ranges. */
export const AKS_RESERVED_DOC = "https://learn.microsoft.com/azure/aks/configure-kubenet";

/** The IPv4 prefix length of the block AKS carves for every node from the overlay pod CIDR: a /24. */
export const AKS_OVERLAY_NODE_MASK = 24;

/**
 * The IPv6 prefix length of the block AKS carves for every node from the IPv6 pod CIDR of a
 * dual-stack cluster (Azure CNI Overlay and kubenet): a /80. MicrosoftDocs/azure-aks-docs
 * `configure-dual-stack.md` and `configure-kubenet-dual-stack.md` show `kubectl get nodes`
 * podCIDRs `10.244.0.0/24,fd12:3456:789a::/80`, `…:0:1::/80`, …; reference/managed-clouds.md 3.4.
 */
export const AKS_IPV6_NODE_MASK = 80;

/** The block AKS gives every node, by family (kubenet and Azure CNI Overlay). */
export const AKS_NODE_MASK = { ipv4: AKS_OVERLAY_NODE_MASK, ipv6: AKS_IPV6_NODE_MASK } as const;

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
