import { defaultCni } from "../../../../src/core/design/defaults.ts";
import type { Cni, Design } from "../../../../src/core/design/schema.ts";
import { designWith, nodes, v4, v6 } from "../testDesigns.ts";
import type { RuleCases } from "./types.ts";

type Aws = Extract<Cni, { kind: "aws-vpc" }>;

/** The VPC CNI with a patch. Test helper. */
export function aws(patch: Partial<Aws> = {}): Aws {
  const base = defaultCni("aws-vpc");
  if (base.kind !== "aws-vpc") throw new Error("unreachable");
  return { ...base, ...patch };
}

const twoZones: Aws["zones"] = [
  { zone: "eu-west-1a", network: "private-a" },
  { zone: "eu-west-1b", network: "private-b" },
];

/** An EKS design that is fine: m5.large, 29 pods, two /20 subnets, 20 nodes. */
export function eksDesign(cni: Partial<Aws> = {}, patch: Partial<Design> = {}): Design {
  return designWith({
    ipv4: v4({ serviceCidr: "172.20.0.0/16" }),
    cni: aws({ zones: twoZones, ...cni }),
    nodes: nodes({
      count: 20,
      headroomPercent: 0,
      maxPods: 29,
      networks: [
        { name: "private-a", cidr: "10.0.0.0/20" },
        { name: "private-b", cidr: "10.0.16.0/20" },
      ],
    }),
    ...patch,
  });
}

const gke = (patch: Partial<Extract<Cni, { kind: "gke" }>> = {}): Cni => ({
  kind: "gke",
  mode: "standard",
  managedServices: true,
  ...patch,
});

/** A GKE Standard design that is fine. */
export function gkeDesign(patch: Partial<Design> = {}): Design {
  return designWith({
    ipv4: { podCidrs: ["10.4.0.0/14"], nodeMask: 24, serviceCidr: "34.118.224.0/20" },
    cni: gke(),
    nodes: nodes({ networks: [{ name: "nodes", cidr: "10.0.0.0/20" }] }),
    ...patch,
  });
}

/** AKS kubenet: a /12 pod range, AKS's 10.0.0.0/16 Service range, one node subnet. Test helper. */
export function kubenetDesign(count: number, headroomPercent: number, subnet: string): Design {
  return designWith({
    ipv4: v4({ podCidrs: ["10.128.0.0/12"], serviceCidr: "10.0.0.0/16" }),
    cni: { kind: "aks-kubenet" },
    nodes: nodes({ count, headroomPercent, networks: [{ name: "s", cidr: subnet }] }),
  });
}

/** Azure CNI with a pod subnet ("pods", dynamic, Azure data plane), 110 max pods. Test helper. */
export function podSubnetDesign(
  networks: Design["nodes"]["networks"],
  patch: Partial<Design["nodes"]> = {},
): Design {
  return designWith({
    ipv4: v4({ serviceCidr: "10.0.0.0/16" }),
    cni: { kind: "azure-cni", ipam: "pod-subnet", podIpAllocation: "dynamic", dataplane: "azure" },
    nodes: nodes({ maxPods: 110, ...patch, networks }),
  });
}

const aksNodes = (maxPods: number, extra: Design["nodes"]["networks"] = []) =>
  nodes({ maxPods, networks: [{ name: "aks-subnet", cidr: "10.224.0.0/16" }, ...extra] });

/** Triggering and quiet designs for the EKS, GKE and AKS rules. */
export const CLOUD_CASES: RuleCases = {
  triggers: [
    {
      rule: "eks-vpc-cni",
      name: "an instance type the VPC CNI does not know",
      design: eksDesign({ instanceType: "m5.huge" }),
      severity: "error",
      fields: ["cni.instanceType"],
      contains: ['"m5.huge" is not an instance type'],
    },
    {
      rule: "eks-vpc-cni",
      name: "IPv6 mode on a Xen instance",
      design: eksDesign(
        { ipam: "ipv6", instanceType: "t2.micro" },
        { ipFamilies: ["ipv6"], ipv4: undefined, ipv6: v6({ serviceCidr: "fd00:10:96::/112" }) },
      ),
      severity: "error",
      fields: ["cni.instanceType", "cni.ipam"],
      contains: [
        "Prefix Delegation is not supported on non-nitro instance t2.micro. IPv6 is only supported in Prefix delegation Mode.",
      ],
    },
    {
      rule: "eks-vpc-cni",
      name: "prefix delegation on a Xen instance falls back",
      design: eksDesign({ ipam: "prefix-delegation", instanceType: "t2.micro" }),
      severity: "warning",
      fields: ["cni.instanceType", "cni.ipam"],
      contains: ["hence falling back to default (secondary IP) mode"],
    },
    {
      rule: "eks-vpc-cni",
      name: "dual-stack",
      design: eksDesign({}, { ipFamilies: ["ipv4", "ipv6"], ipv6: v6() }),
      severity: "error",
      fields: ["ipFamilies"],
      contains: [
        "IPv4 and IPv6 are both enabled. VPC CNI currently does not support dual stack mode",
      ],
    },
    {
      rule: "eks-vpc-cni",
      name: "custom networking without an ENIConfig subnet",
      design: eksDesign({ ipam: "custom-networking" }),
      severity: "error",
      fields: ["cni.zones.0.podNetwork"],
      contains: ["Custom networking needs an ENIConfig subnet for zone eu-west-1a"],
    },
    {
      rule: "eks-vpc-cni",
      name: "a /29 subnet",
      design: eksDesign(
        { zones: [] },
        {
          nodes: nodes({ count: 1, maxPods: 4, networks: [{ name: "tiny", cidr: "10.0.0.0/29" }] }),
        },
      ),
      severity: "error",
      fields: ["nodes.networks.0.cidr"],
      contains: ["EC2 subnets are /16 to /28"],
    },
    {
      rule: "eks-service-cidr",
      name: "a public Service range",
      design: eksDesign({}, { ipv4: v4({ serviceCidr: "100.64.0.0/16" }) }),
      severity: "error",
      fields: ["ipv4.serviceCidr"],
      contains: [
        "EKS takes the Service range only from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16",
      ],
    },
    {
      rule: "eks-service-cidr",
      name: "a /25 Service range",
      design: eksDesign({}, { ipv4: v4({ serviceCidr: "172.20.0.0/25" }) }),
      severity: "error",
      fields: ["ipv4.serviceCidr"],
      contains: ["a /25 is refused"],
    },
    {
      rule: "cloud-subnet-capacity",
      name: "EKS: 20 nodes in two /24s at 30 addresses each",
      design: eksDesign(
        {},
        {
          nodes: nodes({
            count: 20,
            headroomPercent: 0,
            maxPods: 29,
            networks: [
              { name: "private-a", cidr: "10.0.0.0/24" },
              { name: "private-b", cidr: "10.0.1.0/24" },
            ],
          }),
        },
      ),
      severity: "error",
      fields: ["nodes.networks.0", "nodes.count"],
      contains: ["carries 8 nodes, fewer than the 10"],
    },
    {
      rule: "cloud-subnet-capacity",
      name: "EKS prefix delegation: 30 nodes of 110 pods per /20 can fragment",
      design: eksDesign(
        { ipam: "prefix-delegation" },
        {
          nodes: nodes({
            count: 60,
            headroomPercent: 0,
            maxPods: 110,
            networks: [
              { name: "private-a", cidr: "10.0.0.0/20" },
              { name: "private-b", cidr: "10.0.16.0/20" },
            ],
          }),
        },
      ),
      severity: "warning",
      fields: ["nodes.networks.0"],
      contains: [
        "InsufficientCidrBlocks: The specified subnet does not have enough free cidr blocks to satisfy the request",
      ],
    },
    {
      rule: "cloud-subnet-capacity",
      name: "kubenet beyond the 400-route table",
      design: kubenetDesign(450, 0, "10.224.0.0/16"),
      severity: "error",
      fields: ["nodes.count"],
      contains: ["route table of at most 400 routes"],
    },
    {
      rule: "gke-vpc-native",
      name: "110 max pods with a /25 per node",
      design: gkeDesign({
        ipv4: { podCidrs: ["10.4.0.0/14"], nodeMask: 25, serviceCidr: "34.118.224.0/20" },
      }),
      severity: "error",
      fields: ["ipv4.nodeMask"],
      contains: ["110 max pods → a /24"],
    },
    {
      rule: "gke-vpc-native",
      name: "Autopilot with 110 pods",
      design: gkeDesign({ cni: gke({ mode: "autopilot" }) }),
      severity: "error",
      fields: ["nodes.maxPods"],
      contains: ["GKE Autopilot runs 32 pods per node"],
    },
    {
      rule: "gke-vpc-native",
      name: "managed Service range but another range set",
      design: gkeDesign({ ipv4: v4({ podCidrs: ["10.4.0.0/14"], serviceCidr: "10.96.0.0/20" }) }),
      severity: "warning",
      fields: ["ipv4.serviceCidr"],
      contains: ["GKE uses 34.118.224.0/20"],
    },
    {
      rule: "aks-network",
      name: "flat Azure CNI with 5 max pods",
      design: designWith({
        ipv4: v4({ serviceCidr: "10.0.0.0/16" }),
        cni: defaultCni("azure-cni"),
        nodes: aksNodes(5),
      }),
      severity: "error",
      fields: ["nodes.maxPods"],
      contains: ["AKS takes --max-pods from 10 to 250"],
    },
    {
      rule: "aks-network",
      name: "kubenet with a /8 Service range",
      design: designWith({
        ipv4: v4({ serviceCidr: "10.0.0.0/8", podCidrs: ["172.16.0.0/16"] }),
        cni: { kind: "aks-kubenet" },
        nodes: aksNodes(110),
      }),
      severity: "error",
      fields: ["ipv4.serviceCidr"],
      contains: ['"must be smaller than /12"'],
    },
    {
      rule: "aks-network",
      name: "kubenet's retirement",
      design: designWith({
        ipv4: v4({ serviceCidr: "10.0.0.0/16" }),
        cni: { kind: "aks-kubenet" },
        nodes: aksNodes(110),
      }),
      severity: "warning",
      fields: ["cni.kind"],
      contains: ["kubenet on AKS retires on 31 March 2028"],
    },
    {
      rule: "aks-network",
      name: "pod subnet missing",
      design: podSubnetDesign(aksNodes(110).networks),
      severity: "error",
      fields: ["cni.podNetwork"],
      contains: ['takes pod IPs from the subnet "pods"'],
    },
  ],
  quiets: [
    { rule: "eks-vpc-cni", name: "m5.large in two zones", design: eksDesign() },
    { rule: "eks-service-cidr", name: "172.20.0.0/16", design: eksDesign() },
    { rule: "cloud-subnet-capacity", name: "EKS two /20s", design: eksDesign() },
    { rule: "cloud-subnet-capacity", name: "not on a platform", design: designWith() },
    { rule: "gke-vpc-native", name: "GKE Standard defaults", design: gkeDesign() },
    {
      rule: "aks-network",
      name: "flat Azure CNI, 30 pods, AKS defaults",
      design: designWith({
        ipv4: v4({ serviceCidr: "10.0.0.0/16" }),
        cni: defaultCni("azure-cni"),
        nodes: aksNodes(30),
      }),
    },
  ],
};
