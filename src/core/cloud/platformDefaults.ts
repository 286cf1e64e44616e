import type { Design } from "../design/schema.ts";
import { AKS_DEFAULTS, aksDefaultMaxPods } from "./aks/aksFacts.ts";
import { eniLimitsOf } from "./aws/eniLimits.ts";
import { eniMaxPods } from "./aws/vpcCni.ts";
import { EKS_MAX_PODS_SMALL } from "./aws/vpcCniFacts.ts";
import {
  GKE_DEFAULT_MAX_PODS,
  GKE_DEFAULT_POD_PREFIX,
  GKE_MANAGED_SERVICE_RANGE,
  gkeNodeMask,
} from "./gke/gkeFacts.ts";
import { platformOf } from "./platformCapacity.ts";

/** Which settings the caller set explicitly and a platform default must leave alone. */
export interface KeepSettings {
  podCidrs?: boolean;
  serviceCidr?: boolean;
  maxPods?: boolean;
}

/** The EKS Service range default when the VPC is in 10.0.0.0/8 (AL2 bootstrap heuristic; reference 1.2). */
const EKS_DEFAULT_SERVICE = "172.20.0.0/16";

/**
 * A design with the defaults of the platform its CNI belongs to, each change with a sentence:
 * EKS Service range 172.20.0.0/16 and max pods from the instance (capped at 110); GKE pod range
 * 10.4.0.0/14 (/17 Autopilot), GKE-managed Service range 34.118.224.0/20, max pods 110 (32
 * Autopilot) and the per-node range that follows; AKS pod range 10.244.0.0/16, Service range
 * 10.0.0.0/16 and the plugin's max pods (250 overlay, 110 kubenet and pod subnet, 30 flat).
 * Settings named in `keep` stay as they are. IPv4 plans only; other designs come back unchanged.
 */
export function withPlatformDefaults(
  design: Design,
  keep: KeepSettings = {},
): { design: Design; notes: string[] } {
  const platform = platformOf(design.cni);
  const plan = design.ipv4;
  if (!platform || !plan) return { design, notes: [] };
  const notes: string[] = [];
  let podCidrs = plan.podCidrs;
  let serviceCidr: string;
  let maxPods = design.nodes.maxPods;
  let nodeMask = plan.nodeMask;
  const cni = design.cni;
  if (cni.kind === "aws-vpc") {
    serviceCidr = EKS_DEFAULT_SERVICE;
    const limits = eniLimitsOf(cni.instanceType);
    const eni = limits && eniMaxPods(cni, limits);
    if (eni !== undefined) maxPods = Math.min(eni, EKS_MAX_PODS_SMALL);
  } else if (cni.kind === "gke") {
    podCidrs = [`10.4.0.0/${GKE_DEFAULT_POD_PREFIX[cni.mode]}`];
    serviceCidr = cni.managedServices ? GKE_MANAGED_SERVICE_RANGE : "10.8.0.0/20";
    maxPods = GKE_DEFAULT_MAX_PODS[cni.mode];
  } else {
    podCidrs = [AKS_DEFAULTS.podCidr];
    serviceCidr = AKS_DEFAULTS.serviceCidr;
    maxPods = aksDefaultMaxPods(cni.kind, "ipam" in cni ? cni.ipam : undefined);
  }
  if (keep.podCidrs || cni.kind === "aws-vpc" || cni.kind === "azure-cni") podCidrs = plan.podCidrs;
  if (keep.serviceCidr) serviceCidr = plan.serviceCidr;
  if (keep.maxPods) maxPods = design.nodes.maxPods;
  if (cni.kind === "gke") nodeMask = gkeNodeMask(maxPods);
  if (podCidrs.join(",") !== plan.podCidrs.join(",")) {
    notes.push(`Pod range set to ${podCidrs.join(", ")} (the platform's default)`);
  }
  if (serviceCidr !== plan.serviceCidr) {
    notes.push(`Service range set to ${serviceCidr} (the platform's default)`);
  }
  if (maxPods !== design.nodes.maxPods)
    notes.push(`Max pods set to ${maxPods} (the platform's default)`);
  if (nodeMask !== plan.nodeMask) {
    notes.push(
      `IPv4 node mask set to /${nodeMask}: GKE gives each node at least twice its max pods`,
    );
  }
  return {
    design: {
      ...design,
      ipv4: { ...plan, podCidrs, serviceCidr, nodeMask },
      nodes: { ...design.nodes, maxPods },
    },
    notes,
  };
}
