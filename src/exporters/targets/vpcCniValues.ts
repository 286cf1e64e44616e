import type { AwsVpcCni } from "../../core/cloud/aws/vpcCni.ts";
import { wantsPrefixes } from "../../core/cloud/aws/vpcCni.ts";
import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";

/** Label key that makes each node pick the ENIConfig named after its zone (vpc-cni README). */
export const ENI_CONFIG_ZONE_LABEL = "topology.kubernetes.io/zone";

/**
 * The aws-node environment of the design (vpc-cni README "CNI Configuration Variables"; values are
 * strings, as the add-on takes them): the warm pool (WARM_ENI_TARGET, and WARM_IP_TARGET /
 * MINIMUM_IP_TARGET where set, i.e. above 0), ENABLE_PREFIX_DELEGATION with WARM_PREFIX_TARGET for
 * /28 prefixes, AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG with ENI_CONFIG_LABEL_DEF for custom networking
 * (ENIConfigs named after zones), and ENABLE_IPv6 / ENABLE_IPv4 for IPv6 clusters.
 */
export function vpcCniEnv(cni: AwsVpcCni): Record<string, string> {
  const env: Record<string, string> = {};
  const prefixes = wantsPrefixes(cni);
  if (cni.ipam === "ipv6") {
    env.ENABLE_IPv6 = "true";
    env.ENABLE_IPv4 = "false";
  }
  if (cni.ipam === "custom-networking") {
    env.AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG = "true";
    env.ENI_CONFIG_LABEL_DEF = ENI_CONFIG_ZONE_LABEL;
  }
  env.ENABLE_PREFIX_DELEGATION = String(prefixes);
  if (cni.ipam === "ipv6") return env;
  if (prefixes) env.WARM_PREFIX_TARGET = String(cni.warm.warmPrefixTarget);
  else env.WARM_ENI_TARGET = String(cni.warm.warmEniTarget);
  if (cni.warm.warmIpTarget > 0) env.WARM_IP_TARGET = String(cni.warm.warmIpTarget);
  if (cni.warm.minimumIpTarget > 0) env.MINIMUM_IP_TARGET = String(cni.warm.minimumIpTarget);
  return env;
}

/** The `vpc-cni` add-on configuration values: `{"env": {...}}` (eksctl, aws eks, Terraform take it as a string). */
export function vpcCniConfigurationValues(cni: AwsVpcCni): { env: Record<string, string> } {
  return { env: vpcCniEnv(cni) };
}

function render(design: Design): ExportFile[] {
  if (design.cni.kind !== "aws-vpc") return [];
  const values = vpcCniConfigurationValues(design.cni);
  return [
    {
      filename: "vpc-cni-configuration-values.json",
      text: `${JSON.stringify(values, null, 2)}\n`,
      language: "json",
    },
  ];
}

/** The VPC CNI add-on's configuration values (the aws-node environment). */
export const vpcCniValuesTarget: ExportTarget = {
  id: "vpc-cni-values",
  label: "VPC CNI add-on values (aws-node env)",
  description:
    "Configuration values for the EKS vpc-cni add-on (`aws eks create-addon --configuration-values file://…`, eksctl `configurationValues`, Terraform `aws_eks_addon.configuration_values`): the aws-node warm pool, prefix delegation, custom networking and IPv6 variables (vpc-cni v1.23.0 README). EKS checks the values against the add-on version's own schema (`aws eks describe-addon-configuration`), which is not published as a file.",
  appliesTo: (design) => design.cni.kind === "aws-vpc",
  render,
};
