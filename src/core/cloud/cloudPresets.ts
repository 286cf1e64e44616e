import type { Preset } from "../design/presets.ts";
import type { Cni, Design } from "../design/schema.ts";
import { defaultCloudCni } from "./defaultCloudCni.ts";
import { GKE_MANAGED_SERVICE_RANGE } from "./gke/gkeFacts.ts";

type Build = Pick<Design, "name"> & {
  ipv4: NonNullable<Design["ipv4"]>;
  networks: Design["nodes"]["networks"];
  maxPods: number;
  count: number;
  cni: Cni;
};

/** A managed-cluster design on top of `base`: IPv4 only, no LoadBalancer pools or external ranges. */
function cloudDesign(base: Design, b: Build): Design {
  return {
    ...base,
    name: b.name,
    ipFamilies: ["ipv4"],
    ipv4: b.ipv4,
    nodes: { ...base.nodes, networks: b.networks, count: b.count, maxPods: b.maxPods },
    cni: b.cni,
  };
}

const EKS_ZONES = ["eu-west-1a", "eu-west-1b", "eu-west-1c"] as const;

/** Three private subnets of `size` in 10.0.0.0/16, one per zone, named private-a … private-c. */
function eksNetworks(size: 19 | 20): Design["nodes"]["networks"] {
  const step = 2 ** (24 - size);
  return EKS_ZONES.map((zone, i) => ({
    name: `private-${zone.slice(-1)}`,
    cidr: `10.0.${i * step}.0/${size}`,
  }));
}

function awsVpc(ipam: "secondary-ip" | "prefix-delegation", base: Design): Cni {
  const cni = defaultCloudCni("aws-vpc");
  if (cni.kind !== "aws-vpc") return cni;
  const networks = eksNetworks(19);
  return {
    ...cni,
    ipam,
    zones: EKS_ZONES.map((zone, i) => ({ zone, network: networks[i]?.name ?? base.name })),
  };
}

/**
 * Presets for EKS, GKE and AKS, each from the platform's documented defaults
 * (reference/managed-clouds.md): EKS with the VPC CNI (secondary IPs on m5.large: 29 pods; prefix
 * delegation: 110), GKE Standard (/14 pods, 110 per node → /24) and Autopilot (/17 pods, 32 → /26,
 * /23 subnet), AKS kubenet, Azure CNI node subnet (30 pods), Azure CNI pod subnet and Azure CNI
 * Overlay powered by Cilium.
 */
export function cloudPresets(base: Design): Preset[] {
  const eksV4 = { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "172.20.0.0/16" };
  const aksV4 = { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.0.0.0/16" };
  const gke = (mode: "standard" | "autopilot"): Cni => ({
    kind: "gke",
    mode,
    managedServices: true,
  });
  const azureCni = (ipam: "flat" | "pod-subnet"): Cni => ({
    kind: "azure-cni",
    ipam,
    podIpAllocation: "dynamic",
    dataplane: "azure",
  });
  return [
    {
      id: "eks-secondary-ip",
      label: "EKS (VPC CNI, secondary IPs)",
      description:
        "EKS with the Amazon VPC CNI in secondary-IP mode: m5.large (3 ENIs × 10 IPs → 29 pods), a /19 private subnet in each of three zones, Service 172.20.0.0/16.",
      design: cloudDesign(base, {
        name: "eks",
        ipv4: eksV4,
        networks: eksNetworks(19),
        maxPods: 29,
        count: 60,
        cni: awsVpc("secondary-ip", base),
      }),
    },
    {
      id: "eks-prefix-delegation",
      label: "EKS (VPC CNI, prefix delegation)",
      description:
        "EKS with VPC CNI prefix delegation: m5.large with /28 prefixes (max pods 110, EKS's cap below 30 vCPUs), /19 subnets in three zones, WARM_PREFIX_TARGET 1.",
      design: cloudDesign(base, {
        name: "eks-pd",
        ipv4: eksV4,
        networks: eksNetworks(19),
        maxPods: 110,
        count: 60,
        cni: awsVpc("prefix-delegation", base),
      }),
    },
    {
      id: "gke-standard",
      label: "GKE Standard (VPC-native)",
      description: `GKE Standard: node subnet 10.0.0.0/20, pod range 10.4.0.0/14 with 110 pods per node (a /24 each, 1,024 nodes), GKE-managed Service range ${GKE_MANAGED_SERVICE_RANGE}.`,
      design: cloudDesign(base, {
        name: "gke",
        ipv4: { podCidrs: ["10.4.0.0/14"], nodeMask: 24, serviceCidr: GKE_MANAGED_SERVICE_RANGE },
        networks: [{ name: "gke-nodes", cidr: "10.0.0.0/20" }],
        maxPods: 110,
        count: 50,
        cni: gke("standard"),
      }),
    },
    {
      id: "gke-autopilot",
      label: "GKE Autopilot",
      description:
        "GKE Autopilot: node subnet /23, pod range /17 with 32 pods per node (a /26 each, 512 nodes), GKE-managed Service range.",
      design: cloudDesign(base, {
        name: "gke-autopilot",
        ipv4: { podCidrs: ["10.4.0.0/17"], nodeMask: 26, serviceCidr: GKE_MANAGED_SERVICE_RANGE },
        networks: [{ name: "gke-nodes", cidr: "10.0.0.0/23" }],
        maxPods: 32,
        count: 50,
        cni: gke("autopilot"),
      }),
    },
    {
      id: "aks-kubenet",
      label: "AKS kubenet (retiring)",
      description:
        "AKS kubenet: pods 10.244.0.0/16 with a /24 per node (routed, at most 400 nodes), Service 10.0.0.0/16, 110 pods per node. Warns on purpose: kubenet retires on 31 March 2028.",
      design: cloudDesign(base, {
        name: "aks-kubenet",
        ipv4: aksV4,
        networks: [{ name: "aks-subnet", cidr: "10.224.0.0/16" }],
        maxPods: 110,
        count: 50,
        cni: { kind: "aks-kubenet" },
      }),
    },
    {
      id: "aks-azure-cni",
      label: "AKS Azure CNI (node subnet)",
      description:
        "Flat Azure CNI: every node reserves max pods + 1 = 31 addresses of the node subnet 10.224.0.0/20 (30 pods per node), Service 10.0.0.0/16.",
      design: cloudDesign(base, {
        name: "aks-cni",
        ipv4: aksV4,
        networks: [{ name: "aks-subnet", cidr: "10.224.0.0/20" }],
        maxPods: 30,
        count: 50,
        cni: azureCni("flat"),
      }),
    },
    {
      id: "aks-pod-subnet",
      label: "AKS Azure CNI (pod subnet)",
      description:
        "Azure CNI with a pod subnet (dynamic): nodes in 10.224.0.0/22, pods from the subnet 10.225.0.0/16 in batches of 16, 110 pods per node.",
      design: cloudDesign(base, {
        name: "aks-pod-subnet",
        ipv4: aksV4,
        networks: [
          { name: "aks-nodes", cidr: "10.224.0.0/22" },
          { name: "pods", cidr: "10.225.0.0/16" },
        ],
        maxPods: 110,
        count: 50,
        cni: azureCni("pod-subnet"),
      }),
    },
    {
      id: "aks-cilium",
      label: "AKS Azure CNI powered by Cilium",
      description:
        "Azure CNI Overlay with the Cilium data plane: pods 10.244.0.0/16 with a /24 per node, Service 10.0.0.0/16, 110 pods per node (AKS allows up to 250).",
      design: cloudDesign(base, {
        name: "aks-cilium",
        ipv4: aksV4,
        networks: [{ name: "aks-subnet", cidr: "10.224.0.0/16" }],
        maxPods: 110,
        count: 50,
        cni: { kind: "azure-overlay", dataplane: "cilium" },
      }),
    },
  ];
}
