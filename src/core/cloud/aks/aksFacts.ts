import type { CniKind } from "../../design/schema.ts";

/** AKS documentation pages the facts below come from (MicrosoftDocs/azure-aks-docs @ fb060abe). */
export const AKS_DOCS = {
  planning: "https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning",
  kubenet: "https://learn.microsoft.com/azure/aks/configure-kubenet",
  legacyCni: "https://learn.microsoft.com/azure/aks/concepts-network-legacy-cni",
  podSubnet: "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-pod-subnet",
  staticBlock: "https://learn.microsoft.com/azure/aks/configure-azure-cni-static-block-allocation",
  cilium: "https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium",
  dualStack: "https://learn.microsoft.com/azure/aks/configure-dual-stack",
} as const;

/** AKS network plugins the designer models (Azure CNI Overlay predates this family as its own kind). */
export const AKS_KINDS: readonly CniKind[] = ["azure-overlay", "aks-kubenet", "azure-cni"];

/** `--max-pods` bounds on every AKS plugin: 10 to 250. */
export const AKS_MIN_MAX_PODS = 10;

/** Nodes a kubenet cluster can have: the route table's 400 routes (configure-kubenet.md). */
export const AKS_KUBENET_NODE_LIMIT = 400;

/** Nodes an Azure CNI Overlay cluster can have (concepts-network-azure-cni-overlay.md). */
export const AKS_OVERLAY_NODE_LIMIT = 5_000;

/** The day kubenet on AKS retires (includes/kubenet-retirement.md, 2026-01-14). */
export const AKS_KUBENET_RETIREMENT = "31 March 2028";

/** Extra nodes an upgrade adds at once (default max surge 1; planning page). */
export const AKS_DEFAULT_SURGE = 1;

/** Pod IPs Azure CNI's dynamic pod-subnet mode takes per batch, and the free count that triggers the next. */
export const AKS_DYNAMIC_BATCH = 16;
export const AKS_DYNAMIC_LOW_WATER = 8;

/** The Service range must be "smaller than /12" (planning page); AKS's defaults for ranges. */
export const AKS_SERVICE_MIN_PREFIX = 12;
export const AKS_DEFAULTS = {
  serviceCidr: "10.0.0.0/16",
  dnsServiceIp: "10.0.0.10",
  podCidr: "10.244.0.0/16",
  nodeSubnet: "10.224.0.0/16",
} as const;

/** `--max-pods` default per plugin (az aks create help; planning page 2026-04-16 for pod subnet). */
export function aksDefaultMaxPods(kind: CniKind, ipam?: string): number {
  if (kind === "aks-kubenet") return 110;
  if (kind === "azure-cni") return ipam === "pod-subnet" ? 110 : 30;
  return 250;
}
