import type { Cni, Design } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { aksCapacity } from "./aks/aksCapacity.ts";
import { eksCapacity } from "./aws/eksCapacity.ts";
import { gkeCapacity } from "./gke/gkeCapacity.ts";
import type { CloudPlatform, PlatformCapacity } from "./types.ts";

/** The managed platform a CNI kind belongs to; undefined for self-managed CNIs. */
export function platformOf(cni: Cni): CloudPlatform | undefined {
  switch (cni.kind) {
    case "aws-vpc":
      return "eks";
    case "gke":
      return "gke";
    case "azure-overlay":
    case "aks-kubenet":
    case "azure-cni":
      return "aks";
    default:
      return undefined;
  }
}

/** The platform's own capacity figures for a design on EKS, GKE or AKS; undefined otherwise. */
export function platformCapacity(
  design: Design,
  nodesNeeded: number,
): PlatformCapacity | undefined {
  const cni = design.cni;
  switch (cni.kind) {
    case "aws-vpc":
      return eksCapacity(design, cni, nodesNeeded);
    case "gke":
      return gkeCapacity(design, cni, nodesNeeded);
    case "azure-overlay":
    case "aks-kubenet":
    case "azure-cni":
      return aksCapacity(design, cni, nodesNeeded);
    default:
      return undefined;
  }
}

/**
 * Pod IPs a node gets on a platform whose pods take VPC/VNet addresses (VPC CNI, flat or
 * pod-subnet Azure CNI): the platform's max pods (VPC CNI: the ENI formula, which counts the two
 * host-network pods; IPv6: max pods, a /80 never runs out; Azure CNI: addresses reserved for max
 * pods, at most 250). Undefined for other CNIs.
 */
export function platformPodIps(
  design: Design,
  family: Family,
  platform: PlatformCapacity | undefined,
): { ips: bigint; rule: string } | undefined {
  const cni = design.cni;
  if (!platform || (cni.kind !== "aws-vpc" && cni.kind !== "azure-cni")) return undefined;
  if (cni.kind === "aws-vpc" && (cni.ipam === "ipv6") !== (family === "ipv6")) {
    return { ips: 0n, rule: `the VPC CNI in ${cni.ipam} mode gives pods no ${family} addresses` };
  }
  if (cni.kind === "azure-cni" && family === "ipv6") {
    return { ips: 0n, rule: "Azure CNI without overlay gives pods IPv4 addresses only" };
  }
  const ips = platform.platformMaxPods ?? design.nodes.maxPods;
  return { ips: BigInt(ips), rule: platform.maxPodsRule };
}
