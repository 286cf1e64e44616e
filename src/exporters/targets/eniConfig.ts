import { eksZoneNetworks } from "../../core/cloud/aws/eksCapacity.ts";
import type { Design } from "../../core/design/schema.ts";
import { canonical } from "../cloudNetworks.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type YamlDocSpec } from "../yamlText.ts";
import { ENI_CONFIG_ZONE_LABEL } from "./vpcCniValues.ts";
import { EKS_REFUSING_RULES } from "./eksctl.ts";

/** The placeholder written where the subnet's ID goes (the design plans CIDRs, not IDs). */
export function subnetIdPlaceholder(name: string): string {
  return `SUBNET_ID_OF_${name}`;
}

/**
 * One ENIConfig (crd.k8s.amazonaws.com/v1alpha1, vpc-cni v1.23.0 CRD) per zone with an ENIConfig
 * subnet, named after the zone so that ENI_CONFIG_LABEL_DEF=topology.kubernetes.io/zone selects
 * it (vpc-cni README). `spec.subnet` takes the subnet ID, which the design does not know: a
 * placeholder naming the subnet stands there, and a comment says which subnet and CIDR.
 */
export function eniConfigDocs(design: Design): YamlDocSpec[] {
  const cni = design.cni;
  if (cni.kind !== "aws-vpc" || cni.ipam !== "custom-networking") return [];
  return eksZoneNetworks(design, cni).flatMap((z, i) => {
    const pod = z.pod?.network;
    if (!z.zone || !pod) return [];
    const header: string[] =
      i === 0
        ? [
            `ENIConfigs for custom networking: kubectl apply -f eniconfigs.yaml, with aws-node's ENI_CONFIG_LABEL_DEF=${ENI_CONFIG_ZONE_LABEL}.`,
            "REPLACE each spec.subnet placeholder with the subnet's ID (aws ec2 describe-subnets); the design plans CIDRs, not IDs.",
          ]
        : [];
    return [
      {
        value: {
          apiVersion: "crd.k8s.amazonaws.com/v1alpha1",
          kind: "ENIConfig",
          metadata: { name: z.zone },
          spec: { subnet: subnetIdPlaceholder(pod.name) },
        },
        header,
        comments: [
          {
            path: ["spec", "subnet"],
            text: `subnet "${pod.name}" ${canonical(pod.cidr)} in ${z.zone}: pods of nodes in this zone take its addresses`,
          },
        ],
      },
    ];
  });
}

function render(design: Design): ExportFile[] {
  const docs = eniConfigDocs(design);
  return [yamlFile("eniconfigs.yaml", docs)];
}

/** ENIConfig manifests, for the VPC CNI's custom networking. */
export const eniConfigTarget: ExportTarget = {
  id: "eniconfig",
  label: "ENIConfig (VPC CNI custom networking)",
  description:
    "One ENIConfig per availability zone (crd.k8s.amazonaws.com/v1alpha1, vpc-cni v1.23.0), named after the zone, pointing pod ENIs at the zone's pod subnet.",
  appliesTo: (design) => eniConfigDocs(design).length > 0,
  render,
  refusedBy: { tool: "EKS", rules: EKS_REFUSING_RULES, errorsOnly: true },
};
