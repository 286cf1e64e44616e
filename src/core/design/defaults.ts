import {
  DESIGN_SCHEMA_VERSION,
  type Cni,
  type CniKind,
  type Design,
  type FamilyPlan,
} from "./schema.ts";
import type { Family } from "../ip/family.ts";
import { defaultCloudCni } from "../cloud/defaultCloudCni.ts";

/** kube-controller-manager's run-time node mask defaults (`defaultNodeMaskCIDRIPv4/IPv6`). */
export const DEFAULT_NODE_MASK: Record<Family, number> = { ipv4: 24, ipv6: 64 };

/** kubelet `maxPods` default (kubelet config v1beta1). */
export const DEFAULT_MAX_PODS = 110;

/** kube-apiserver `--service-node-port-range` default. */
export const DEFAULT_NODE_PORT_RANGE = "30000-32767";

/** A family plan a user gets when they switch a family on: kubeadm/kind-like values. */
export function defaultFamilyPlan(family: Family): FamilyPlan {
  return family === "ipv4"
    ? { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/12" }
    : { podCidrs: ["fd00:10:244::/56"], nodeMask: 64, serviceCidr: "fd00:10:96::/112" };
}

/** The settings a CNI kind starts with when a user picks it. */
export function defaultCni(kind: CniKind): Cni {
  switch (kind) {
    case "generic":
      return { kind };
    case "kubelet-standalone":
      return { kind };
    case "cilium":
      return {
        kind,
        ipam: "cluster-pool",
        routingMode: "tunnel",
        tunnelProtocol: "vxlan",
        eni: { enis: 3, ipsPerEni: 10, prefixDelegation: false },
      };
    case "calico":
      return { kind, ipam: "calico-ipam", encapsulation: "VXLAN", bgp: false };
    case "flannel":
      return { kind, backend: "vxlan" };
    case "azure-overlay":
      return { kind };
    case "aws-vpc":
    case "gke":
    case "aks-kubenet":
    case "azure-cni":
      return defaultCloudCni(kind);
  }
}

/**
 * The starting design: kubeadm's defaults (Service range 10.96.0.0/12, DNS 10.96.0.10) with the
 * common 10.244.0.0/16 pod range, /24 per node, 110 pods per node, and a small node network.
 */
export function defaultDesign(): Design {
  return {
    schemaVersion: DESIGN_SCHEMA_VERSION,
    name: "my-cluster",
    kubernetesVersion: "1.35",
    ipFamilies: ["ipv4"],
    ipv4: defaultFamilyPlan("ipv4"),
    nodePortRange: DEFAULT_NODE_PORT_RANGE,
    clusterDomain: "cluster.local",
    nodes: {
      networks: [{ name: "nodes", cidr: "10.0.0.0/22" }],
      count: 50,
      headroomPercent: 20,
      maxPods: DEFAULT_MAX_PODS,
    },
    loadBalancer: { provider: "metallb", avoidBuggyIPs: false, pools: [] },
    externalRanges: [],
    cni: defaultCni("generic"),
  };
}
