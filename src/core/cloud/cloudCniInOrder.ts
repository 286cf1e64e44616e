import type { Cni } from "../design/schema.ts";

type CloudCni = Extract<Cni, { kind: "aws-vpc" | "gke" | "aks-kubenet" | "azure-cni" }>;

/** A copy of a managed-platform CNI's settings with keys in the schema's order (for links and files). */
export function cloudCniInOrder(cni: CloudCni): Cni {
  switch (cni.kind) {
    case "aws-vpc":
      return {
        kind: cni.kind,
        ipam: cni.ipam,
        instanceType: cni.instanceType,
        prefixDelegation: cni.prefixDelegation,
        warm: {
          warmEniTarget: cni.warm.warmEniTarget,
          warmIpTarget: cni.warm.warmIpTarget,
          minimumIpTarget: cni.warm.minimumIpTarget,
          warmPrefixTarget: cni.warm.warmPrefixTarget,
        },
        zones: cni.zones.map((z) => ({
          zone: z.zone,
          network: z.network,
          ...(z.podNetwork !== undefined ? { podNetwork: z.podNetwork } : {}),
        })),
      };
    case "gke":
      return { kind: cni.kind, mode: cni.mode, managedServices: cni.managedServices };
    case "aks-kubenet":
      return { kind: cni.kind };
    case "azure-cni":
      return {
        kind: cni.kind,
        ipam: cni.ipam,
        podIpAllocation: cni.podIpAllocation,
        ...(cni.podNetwork !== undefined ? { podNetwork: cni.podNetwork } : {}),
        dataplane: cni.dataplane,
      };
  }
}
