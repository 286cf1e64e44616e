import { eniLimitsOf, supportsPrefixDelegation } from "../cloud/aws/eniLimits.ts";
import { eksZoneNetworks } from "../cloud/aws/eksCapacity.ts";
import { wantsPrefixes } from "../cloud/aws/vpcCni.ts";
import {
  AWS_SUBNET_DOC,
  AWS_SUBNET_MAX_PREFIX,
  AWS_SUBNET_MIN_PREFIX,
  EKS_MAX_PODS_LARGE,
  VPC_CNI_DOC,
  VPC_CNI_ERRORS,
} from "../cloud/aws/vpcCniFacts.ts";
import { prefixOf } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule, RuleContext } from "./rule.ts";

type AwsCni = Extract<RuleContext["design"]["cni"], { kind: "aws-vpc" }>;

function instanceFindings(ctx: RuleContext, cni: AwsCni, id: string): Finding[] {
  const limits = eniLimitsOf(cni.instanceType);
  if (!limits) {
    return [
      {
        rule: id,
        severity: "error",
        fields: ["cni.instanceType"],
        message: `"${cni.instanceType}" is not an instance type in the VPC CNI's limits table (1,391 types), so its max pods and addresses per node are unknown.`,
        fix: "Pick an instance type from the list (e.g. m5.large).",
        source: "aws/amazon-vpc-cni-k8s pkg/vpc/vpc_ip_resource_limit.go",
      },
    ];
  }
  const out: Finding[] = [];
  if (wantsPrefixes(cni) && !supportsPrefixDelegation(limits)) {
    const ipv6 = cni.ipam === "ipv6";
    out.push({
      rule: id,
      severity: ipv6 ? "error" : "warning",
      fields: ["cni.instanceType", "cni.ipam"],
      message: ipv6
        ? `aws-node refuses to start: "${VPC_CNI_ERRORS.ipv6NonNitro(limits.type)}"`
        : `ipamd logs "${VPC_CNI_ERRORS.pdFallback(limits.type)}": ${limits.type} (${limits.hypervisor}) gets secondary IPs, not /28 prefixes.`,
      fix: "Pick a Nitro or bare-metal instance type, or use secondary IPs.",
      source: VPC_CNI_DOC,
    });
  }
  if (ctx.design.nodes.maxPods > EKS_MAX_PODS_LARGE) {
    out.push({
      rule: id,
      severity: "warning",
      fields: ["nodes.maxPods"],
      message: `Max pods ${ctx.design.nodes.maxPods} is above the ${EKS_MAX_PODS_LARGE} EKS recommends for any instance (110 below 30 vCPUs); managed node groups cap it there.`,
      fix: `Set max pods to ${EKS_MAX_PODS_LARGE} or fewer (110 for instances with fewer than 30 vCPUs).`,
      source: "awsdocs/amazon-eks-user-guide cni-increase-ip-addresses-procedure.adoc",
    });
  }
  return out;
}

function familyFindings(ctx: RuleContext, cni: AwsCni, id: string): Finding[] {
  const f = ctx.design.ipFamilies;
  if (f.length === 2) {
    return [
      {
        rule: id,
        severity: "error",
        fields: ["ipFamilies"],
        message: `aws-node refuses to start: "${VPC_CNI_ERRORS.dualStack}". EKS clusters are IPv4 or IPv6.`,
        fix: cni.ipam === "ipv6" ? "Keep IPv6 only." : "Keep IPv4 only.",
        source: VPC_CNI_DOC,
      },
    ];
  }
  const wantsV6 = cni.ipam === "ipv6";
  if (wantsV6 !== (f[0] === "ipv6")) {
    return [
      {
        rule: id,
        severity: "error",
        fields: ["ipFamilies", "cni.ipam"],
        message: wantsV6
          ? "The VPC CNI's IPv6 mode needs an IPv6 cluster (ipFamily IPv6, a /80 per node); this design is IPv4."
          : "Only the VPC CNI's IPv6 mode serves an IPv6 cluster; secondary IPs, prefix delegation and custom networking are IPv4.",
        fix: wantsV6
          ? "Make the cluster IPv6 only."
          : "Pick the ipv6 mode, or make the cluster IPv4.",
        source: VPC_CNI_DOC,
      },
    ];
  }
  return [];
}

function zoneFindings(ctx: RuleContext, cni: AwsCni, id: string): Finding[] {
  const out: Finding[] = [];
  const zones = eksZoneNetworks(ctx.design, cni);
  cni.zones.forEach((z, i) => {
    const found = zones[i];
    if (!found?.node) {
      out.push({
        rule: id,
        severity: "error",
        fields: [`cni.zones.${i}.network`],
        message: `Zone ${z.zone} names the node network "${z.network}", which the design does not have.`,
        fix: "Pick one of the node networks, or add it.",
        source: "design",
      });
    }
    if (cni.ipam === "custom-networking" && !found?.pod) {
      out.push({
        rule: id,
        severity: "error",
        fields: [`cni.zones.${i}.podNetwork`],
        message: `Custom networking needs an ENIConfig subnet for zone ${z.zone}${z.podNetwork ? `; "${z.podNetwork}" is not a node network of the design` : ""}: nodes there would get no pod ENIs.`,
        fix: "Name the pod subnet (a node network in the same zone) for this zone.",
        source: VPC_CNI_DOC,
      });
    }
  });
  if (cni.zones.length === 1) {
    out.push({
      rule: id,
      severity: "warning",
      fields: ["cni.zones"],
      message:
        "EKS needs cluster subnets in at least two Availability Zones; with nodes in one zone, a zone outage stops the cluster.",
      fix: "Add a second zone with its own subnet.",
      source: "awsdocs/amazon-eks-user-guide network-reqs.adoc",
    });
  }
  for (const [i, n] of ctx.design.nodes.networks.entries()) {
    const p = prefixOf(n.cidr);
    if (!p || p.family !== "ipv4") continue;
    if (p.length < AWS_SUBNET_MIN_PREFIX || p.length > AWS_SUBNET_MAX_PREFIX) {
      out.push({
        rule: id,
        severity: "error",
        fields: [`nodes.networks.${i}.cidr`],
        message: `EC2 subnets are /${AWS_SUBNET_MIN_PREFIX} to /${AWS_SUBNET_MAX_PREFIX}; "${n.name}" ${n.cidr} cannot be created.`,
        fix: `Split it into subnets of /${AWS_SUBNET_MIN_PREFIX} to /${AWS_SUBNET_MAX_PREFIX}.`,
        source: AWS_SUBNET_DOC,
      });
    }
  }
  return out;
}

/**
 * EKS with the Amazon VPC CNI: the instance type must be in the CNI's table and support prefixes
 * where asked (start-up error or fallback log quoted), one family only (aws-node's dual-stack
 * refusal), zones pointing at node networks (and ENIConfig subnets under custom networking), EC2's
 * /16–/28 subnet sizes, and the 250 max-pods ceiling EKS recommends.
 */
export const eksVpcCni: Rule = {
  id: "eks-vpc-cni",
  title: "Amazon VPC CNI: instance type, family, zones and subnet sizes",
  source: "aws/amazon-vpc-cni-k8s v1.23.0 ipamd.go isConfigValid; EC2 CreateSubnet; EKS user guide",
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "aws-vpc") return [];
    return [
      ...familyFindings(ctx, cni, this.id),
      ...instanceFindings(ctx, cni, this.id),
      ...zoneFindings(ctx, cni, this.id),
    ];
  },
};
