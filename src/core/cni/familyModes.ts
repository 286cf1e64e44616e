import type { Cni } from "../design/schema.ts";

/** How the cluster's IP families are chosen: IPv4 only, IPv6 only, or both. */
export type FamilyMode = "ipv4" | "ipv6" | "dual";

/** The family modes a CNI / IPAM mode serves, and why when it does not serve all three. */
export interface FamilyModes {
  modes: readonly FamilyMode[];
  /** Why the others are left out (undefined when every mode is served). */
  reason?: string;
  /** Dual-stack only with IPv4 as the primary family (AKS's `--ip-families ipv4,ipv6`). */
  ipv4First?: boolean;
}

const ALL: FamilyModes = { modes: ["ipv4", "ipv6", "dual"] };
const IPV4: readonly FamilyMode[] = ["ipv4"];

/**
 * The family modes each CNI / IPAM mode serves (reference/managed-clouds.md 1, 2, 3; cni.md 4):
 * - Amazon VPC CNI: EKS clusters are IPv4 or IPv6; the `ipv6` mode serves IPv6 only, the other
 *   modes IPv4 only, and aws-node refuses dual stack ("IPv4 and IPv6 are both enabled. VPC CNI
 *   currently does not support dual stack mode"; the `eks-vpc-cni` rule);
 * - GKE VPC-native: IPv4 or dual-stack (`gke-vpc-native` rule);
 * - Cilium ENI and Azure IPAM hand out IPv4 addresses of the node's interfaces only;
 * - AKS: IPv4 or dual-stack with IPv4 first (`--ip-families ipv4` or `ipv4,ipv6`; the
 *   `aks-network` rule); Azure CNI without overlay (node subnet, pod subnet) gives pods IPv4
 *   addresses only.
 * The capacity rules report a family such a mode gives no pod IPs; this table is what the app
 * offers, so a family switch never lands there.
 */
export function familyModesFor(cni: Cni): FamilyModes {
  switch (cni.kind) {
    case "aws-vpc":
      return cni.ipam === "ipv6"
        ? {
            modes: ["ipv6"],
            reason: "The VPC CNI's ipv6 mode serves IPv6 clusters only (EKS has no dual-stack).",
          }
        : {
            modes: IPV4,
            reason: `The VPC CNI's ${cni.ipam} mode is IPv4 only, and EKS has no dual-stack; pick the ipv6 mode for an IPv6 cluster.`,
          };
    case "gke":
      return {
        modes: ["ipv4", "dual"],
        reason:
          "GKE VPC-native clusters are IPv4 or dual-stack; there is no IPv6-only GKE cluster.",
      };
    case "cilium":
      return cni.ipam === "eni" || cni.ipam === "azure"
        ? {
            modes: IPV4,
            reason: `Cilium ${cni.ipam === "eni" ? "ENI" : "Azure"} IPAM hands out IPv4 addresses only.`,
          }
        : ALL;
    case "azure-overlay":
    case "aks-kubenet":
      return {
        modes: ["ipv4", "dual"],
        ipv4First: true,
        reason:
          "AKS clusters are IPv4 or dual-stack with IPv4 first (--ip-families ipv4 or ipv4,ipv6); there is no IPv6-only AKS cluster.",
      };
    case "azure-cni":
      return {
        modes: IPV4,
        reason:
          "Azure CNI without overlay gives pods IPv4 addresses only; pick Azure CNI Overlay for dual-stack.",
      };
    default:
      return ALL;
  }
}

/** True when `served` takes the family `mode` with `primary` first (the primary matters for dual). */
export function servesFamilies(served: FamilyModes, mode: FamilyMode, primary: string): boolean {
  if (!served.modes.includes(mode)) return false;
  return !(mode === "dual" && served.ipv4First === true && primary !== "ipv4");
}

/** The family mode of a list of active families (primary first). */
export function familyModeOf(families: readonly string[]): FamilyMode {
  return families.length === 2 ? "dual" : families[0] === "ipv6" ? "ipv6" : "ipv4";
}
