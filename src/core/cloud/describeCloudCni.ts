import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Cni } from "../design/schema.ts";
import { AKS_KUBENET_RETIREMENT } from "./aks/aksFacts.ts";
import { GKE_MANAGED_SERVICE_RANGE } from "./gke/gkeFacts.ts";

type CloudCni = Extract<Cni, { kind: "aws-vpc" | "gke" | "aks-kubenet" | "azure-cni" }>;

const cloudNetwork = {
  nodeRanges: "cloud",
  podIps: "cloud-network",
  usesPodRange: false,
  knowsServiceRange: false,
  needsControllerManagerAllocation: false,
  maxPodCidrsPerFamily: 0,
} as const;

/** The addressing descriptor of the managed-platform CNIs (EKS, GKE, AKS kubenet, Azure CNI). */
export function describeCloudCni(cni: CloudCni): IpamDescriptor {
  switch (cni.kind) {
    case "aws-vpc":
      return {
        ...cloudNetwork,
        id: `aws-vpc/${cni.ipam}`,
        label: `Amazon VPC CNI (EKS), ${cni.ipam}`,
        settings: ["nodes.networks", "nodes.maxPods", "cni.instanceType", "cni.warm", "cni.zones"],
        notes: [
          "Pods take addresses from the VPC subnets: secondary IPs or /28 prefixes on the node's ENIs; max pods follows from the instance type's ENI limits.",
          "The warm pool (WARM_ENI_TARGET, WARM_IP_TARGET, MINIMUM_IP_TARGET, WARM_PREFIX_TARGET) holds subnet addresses beyond the running pods.",
        ],
      };
    case "gke":
      return {
        id: `gke/${cni.mode}`,
        label: `GKE VPC-native (${cni.mode})`,
        nodeRanges: "cloud",
        podIps: "cloud-block",
        usesPodRange: true,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 16,
        settings: ["ipv4.podCidrs", "ipv4.serviceCidr", "nodes.networks", "nodes.maxPods"],
        notes: [
          "Nodes take addresses from the subnet's primary range, pods from secondary ranges: each node gets a block of at least twice its max pods (110 → /24).",
          `Further pod ranges are additional (discontiguous) pod ranges; the Service range is a secondary range or GKE's managed ${GKE_MANAGED_SERVICE_RANGE}.`,
        ],
      };
    case "aks-kubenet":
      return {
        id: "aks-kubenet",
        label: "AKS kubenet",
        nodeRanges: "cloud",
        podIps: "host-local",
        usesPodRange: true,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 1,
        settings: ["ipv4.podCidrs", "ipv4.nodeMask", "nodes.maxPods"],
        notes: [
          "AKS gives each node a /24 of the pod CIDR and routes it through a route table (at most 400 nodes).",
          `kubenet on AKS retires on ${AKS_KUBENET_RETIREMENT}; plan Azure CNI Overlay instead.`,
        ],
      };
    case "azure-cni":
      return {
        ...cloudNetwork,
        id: `azure-cni/${cni.ipam}`,
        label: `Azure CNI (${cni.ipam === "flat" ? "node subnet" : "pod subnet"})${cni.dataplane === "cilium" ? " powered by Cilium" : ""}`,
        settings: ["nodes.networks", "nodes.maxPods", "cni.ipam", "cni.podIpAllocation"],
        notes: [
          cni.ipam === "flat"
            ? "Every node reserves max pods + 1 addresses of the node subnet when it joins."
            : "Pods take addresses from a separate pod subnet (dynamically in batches of 16, or in static /28 blocks).",
        ],
      };
  }
}
