import type { Cni } from "../design/schema.ts";
import { VPC_CNI_WARM_DEFAULTS } from "./aws/vpcCniFacts.ts";

type CloudKind = "aws-vpc" | "gke" | "aks-kubenet" | "azure-cni";

/**
 * The settings a managed-platform CNI starts with: the VPC CNI in secondary-IP mode on an
 * m5.large with the add-on's warm-pool values; GKE Standard with a GKE-managed Service range;
 * kubenet; flat Azure CNI with Azure's own data plane.
 */
export function defaultCloudCni(kind: CloudKind): Cni {
  switch (kind) {
    case "aws-vpc":
      return {
        kind,
        ipam: "secondary-ip",
        instanceType: "m5.large",
        prefixDelegation: false,
        warm: { ...VPC_CNI_WARM_DEFAULTS },
        zones: [],
      };
    case "gke":
      return { kind, mode: "standard", managedServices: true };
    case "aks-kubenet":
      return { kind };
    case "azure-cni":
      return { kind, ipam: "flat", podIpAllocation: "dynamic", dataplane: "azure" };
  }
}
