import type { Design } from "../../core/design/schema.ts";
import { serviceCidr } from "../addressing.ts";
import { eksSubnets, regionOfZone, resourceName, vpcBlocks } from "../cloudNetworks.ts";
import { hclFile, hclRaw, hclVariable, type HclBlock } from "../hclText.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { EKS_REFUSING_RULES } from "./eksctl.ts";
import { vpcCniConfigurationValues } from "./vpcCniValues.ts";

/** `terraform { required_providers { NAME = { source = SOURCE } } }`. */
export function requiredProvider(name: string, source: string): HclBlock {
  return {
    type: "terraform",
    blocks: [{ type: "required_providers", attrs: [[name, { source }]] }],
  };
}

/**
 * Terraform (hashicorp/aws) for an EKS design: the VPC (derived block covering the node subnets,
 * plus an associated block for ENIConfig subnets), one `aws_subnet` per node network and zone,
 * `aws_eks_cluster` with `vpc_config.subnet_ids` and `kubernetes_network_config` (ip_family,
 * service_ipv4_cidr), and `aws_eks_addon` vpc-cni with the aws-node environment as
 * `configuration_values`. IAM roles come in as variables; node groups are left to the user.
 */
export function renderTerraformEks(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind !== "aws-vpc") return [];
  const subnets = eksSubnets(design, cni);
  const blocks = vpcBlocks(subnets);
  const ipv6 = cni.ipam === "ipv6";
  const region = regionOfZone(subnets.find((s) => s.zone)?.zone);
  const header = [
    `Terraform (hashicorp/aws) for the EKS cluster "${design.name}": VPC, subnets, cluster and the vpc-cni add-on.`,
    "The VPC block is derived: the smallest block holding the node subnets (the design names no VPC).",
    `Node groups are not written: give them the node subnets, instance type ${cni.instanceType} and max pods ${design.nodes.maxPods} (a launch template sets max pods).`,
    ...(region ? [`Zones are in ${region}: configure the aws provider for that region.`] : []),
    ...blocks.notes,
  ];
  const extras = blocks.extra.map((cidr, i) => ({
    name: `pods_${i + 1}`,
    cidr,
  }));
  const vpcRef = extras[0]
    ? hclRaw(`aws_vpc_ipv4_cidr_block_association.${extras[0].name}.vpc_id`)
    : hclRaw("aws_vpc.this.id");
  const hcl: HclBlock[] = [
    requiredProvider("aws", "hashicorp/aws"),
    hclVariable("cluster_role_arn", "ARN of the IAM role the EKS control plane assumes"),
    {
      type: "resource",
      labels: ["aws_vpc", "this"],
      attrs: [
        ["cidr_block", blocks.primary],
        ["assign_generated_ipv6_cidr_block", ipv6 ? true : undefined],
        ["tags", { Name: design.name }],
      ],
    },
    ...extras.map((e): HclBlock => ({
      type: "resource",
      labels: ["aws_vpc_ipv4_cidr_block_association", e.name],
      comments: ["Secondary VPC block for the ENIConfig (pod) subnets."],
      attrs: [
        ["vpc_id", hclRaw("aws_vpc.this.id")],
        ["cidr_block", e.cidr],
      ],
    })),
    ...subnets.map((s, i): HclBlock => ({
      type: "resource",
      labels: ["aws_subnet", resourceName(s.name)],
      attrs: [
        ["vpc_id", s.role === "pods" ? vpcRef : hclRaw("aws_vpc.this.id")],
        ["cidr_block", s.cidr],
        ["availability_zone", s.zone],
        [
          "ipv6_cidr_block",
          ipv6 ? hclRaw(`cidrsubnet(aws_vpc.this.ipv6_cidr_block, 8, ${i})`) : undefined,
        ],
        ["assign_ipv6_address_on_creation", ipv6 ? true : undefined],
        ["tags", { Name: s.name }],
      ],
    })),
    {
      type: "resource",
      labels: ["aws_eks_cluster", "this"],
      attrs: [
        ["name", design.name],
        ["role_arn", hclRaw("var.cluster_role_arn")],
        ["version", design.kubernetesVersion],
      ],
      blocks: [
        {
          type: "vpc_config",
          attrs: [
            [
              "subnet_ids",
              subnets
                .filter((s) => s.role === "nodes")
                .map((s) => hclRaw(`aws_subnet.${resourceName(s.name)}.id`)),
            ],
          ],
        },
        {
          type: "kubernetes_network_config",
          attrs: ipv6
            ? [["ip_family", "ipv6"]]
            : [
                ["ip_family", "ipv4"],
                ["service_ipv4_cidr", serviceCidr(design, "ipv4")],
              ],
        },
      ],
    },
    {
      type: "resource",
      labels: ["aws_eks_addon", "vpc_cni"],
      attrs: [
        ["cluster_name", hclRaw("aws_eks_cluster.this.name")],
        ["addon_name", "vpc-cni"],
        ["configuration_values", JSON.stringify(vpcCniConfigurationValues(cni))],
      ],
    },
  ];
  return [hclFile("eks.tf", header, hcl)];
}

/** Terraform for EKS: VPC, subnets, `aws_eks_cluster`, vpc-cni add-on. */
export const terraformEksTarget: ExportTarget = {
  id: "terraform-eks",
  label: "Terraform: EKS (aws_eks_cluster, subnets)",
  description:
    "Terraform for hashicorp/aws: `aws_vpc`, one `aws_subnet` per zone's node (and ENIConfig) network, `aws_eks_cluster` with `kubernetes_network_config` (Service range, IP family) and the `vpc-cni` `aws_eks_addon` with its configuration values.",
  appliesTo: (design) => design.cni.kind === "aws-vpc",
  render: renderTerraformEks,
  refusedBy: { tool: "EKS", rules: EKS_REFUSING_RULES, errorsOnly: true },
};
