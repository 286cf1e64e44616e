import type { Design } from "../../core/design/schema.ts";
import { eksSubnets, regionOfZone, vpcBlocks, type CloudSubnet } from "../cloudNetworks.ts";
import { serviceCidr } from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { vpcCniConfigurationValues } from "./vpcCniValues.ts";

/** The rules whose errors are refusals of the EKS / EC2 APIs (Service range, subnet sizes). */
export const EKS_REFUSING_RULES: readonly string[] = ["eks-service-cidr", "eks-vpc-cni"];

/** The region eksctl gets when the design names no zone (it must be set by hand). */
const REGION_PLACEHOLDER = "us-east-1";

function subnetMap(subnets: readonly CloudSubnet[]): Record<string, { az?: string; cidr: string }> {
  return Object.fromEntries(
    subnets.map((s) => [s.name, { ...(s.zone ? { az: s.zone } : {}), cidr: s.cidr }]),
  );
}

/**
 * The eksctl `ClusterConfig` (eksctl.io/v1alpha5, eksctl v0.230.0 schema) of an EKS design:
 * metadata (name, region from the zones, version), `kubernetesNetworkConfig` (ipFamily, the
 * Service range on IPv4), the VPC (block covering the node subnets, extra block for ENIConfig
 * subnets) with one private subnet per node network and zone, the vpc-cni add-on with the design's
 * aws-node environment, and one managed node group of the instance type with max pods.
 */
export function eksctlClusterConfig(design: Design): { value: unknown; header: string[] } {
  const cni = design.cni;
  if (cni.kind !== "aws-vpc") return { value: {}, header: [] };
  const subnets = eksSubnets(design, cni);
  const zoned = subnets.find((s) => s.zone);
  const region = regionOfZone(zoned?.zone);
  const blocks = vpcBlocks(subnets);
  const ipv6 = cni.ipam === "ipv6";
  const header = [
    `eksctl ClusterConfig (eksctl.io/v1alpha5) for "${design.name}": eksctl create cluster -f cluster.yaml`,
    "The VPC block is derived: the smallest block holding the node subnets (the design names no VPC).",
    "Load balancers need public subnets (or tagged private ones); add them under vpc.subnets.public.",
    ...blocks.notes,
  ];
  if (!region) {
    header.push(
      `NO REGION: the design names no availability zone, so metadata.region is ${REGION_PLACEHOLDER}; set it (and give every subnet its az).`,
    );
  }
  if (ipv6) {
    header.push(
      "IPv6: EKS picks the Service range from fc00::/7 itself; eksctl creates the IPv6 VPC blocks.",
    );
  }
  const nodeSubnets = subnets.filter((s) => s.role === "nodes").map((s) => s.name);
  const value = {
    apiVersion: "eksctl.io/v1alpha5",
    kind: "ClusterConfig",
    metadata: {
      name: design.name,
      region: region ?? REGION_PLACEHOLDER,
      version: design.kubernetesVersion,
    },
    kubernetesNetworkConfig: ipv6
      ? { ipFamily: "IPv6" }
      : { ipFamily: "IPv4", serviceIPv4CIDR: serviceCidr(design, "ipv4") },
    ...(ipv6 ? { iam: { withOIDC: true } } : {}),
    vpc: {
      ...(blocks.primary ? { cidr: blocks.primary } : {}),
      ...(blocks.extra.length > 0 ? { extraCIDRs: blocks.extra } : {}),
      ...(subnets.length > 0 ? { subnets: { private: subnetMap(subnets) } } : {}),
    },
    addons: [
      { name: "vpc-cni", configurationValues: JSON.stringify(vpcCniConfigurationValues(cni)) },
      ...(ipv6 ? [{ name: "kube-proxy" }, { name: "coredns" }] : []),
    ],
    managedNodeGroups: [
      {
        name: "ng-1",
        instanceType: cni.instanceType,
        desiredCapacity: design.nodes.count,
        maxPodsPerNode: design.nodes.maxPods,
        privateNetworking: true,
        ...(nodeSubnets.length > 0 ? { subnets: nodeSubnets } : {}),
      },
    ],
  };
  return { value, header };
}

function render(design: Design): ExportFile[] {
  const { value, header } = eksctlClusterConfig(design);
  return [yamlFile("cluster.yaml", [{ value, header }])];
}

/** eksctl's ClusterConfig, for EKS designs. */
export const eksctlTarget: ExportTarget = {
  id: "eksctl",
  label: "EKS (eksctl ClusterConfig)",
  description:
    "eksctl `ClusterConfig` (eksctl.io/v1alpha5, eksctl v0.230.0): Service range, VPC and private subnets per zone, the vpc-cni add-on's warm pool and mode, a managed node group with the instance type and max pods.",
  appliesTo: (design) => design.cni.kind === "aws-vpc",
  render,
  refusedBy: { tool: "EKS", rules: EKS_REFUSING_RULES, errorsOnly: true },
};
