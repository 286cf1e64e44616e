import { VPC_CNI_ERRORS, EKS_PREFIX_DOC } from "../cloud/aws/vpcCniFacts.ts";
import type { CloudSubnetFigures } from "../cloud/types.ts";
import type { Finding } from "./finding.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import type { Rule } from "./rule.ts";

function what(s: CloudSubnetFigures): string {
  const zone = s.zone ? ` (${s.zone})` : "";
  const role = s.role === "pods" ? "pod subnet" : "subnet";
  return `The ${role} "${s.name}" ${s.cidr}${zone}`;
}

/**
 * On EKS, GKE and AKS: every cloud subnet must carry the nodes planned for it (planned nodes with
 * headroom spread over the zones, plus AKS's upgrade surge node) at the addresses each node takes
 * there; with AWS prefix delegation, a subnet that only fits its nodes when /28s stay unfragmented
 * gets the `InsufficientCidrBlocks` warning. Also the platform's node limit (GKE quotas, kubenet's
 * route table, Overlay's 5,000).
 */
export const cloudSubnetCapacity: Rule = {
  id: "cloud-subnet-capacity",
  title: "Cloud subnets large enough for their nodes, pods and warm pool",
  source: "EC2 / Azure / GCP subnet reservations; vpc-cni ipamd; AKS IP planning",
  check(ctx) {
    const platform = ctx.capacity?.platform;
    if (!platform) return [];
    const out: Finding[] = [];
    const needed = ctx.capacity?.nodesNeeded ?? 0;
    if (platform.nodeLimit && needed > platform.nodeLimit.limit) {
      out.push({
        rule: this.id,
        severity: ctx.design.nodes.count > platform.nodeLimit.limit ? "error" : "warning",
        fields: ["nodes.count"],
        message: `${platform.nodeLimit.why}; ${formatCount(needed)} nodes (with headroom) are more.`,
        fix: `Plan at most ${formatCount(platform.nodeLimit.limit)} nodes per cluster, or split the workload over clusters.`,
        source: platform.label,
      });
    }
    for (const s of platform.subnets) {
      const planned = BigInt(s.plannedNodes);
      const per = `${formatCounted(s.perNode, "address", "addresses")} per node`;
      if (planned > s.nodes) {
        out.push({
          rule: this.id,
          severity: "error",
          fields: [s.field, "nodes.count"],
          message: `${what(s)} has ${formatCount(s.usable)} usable addresses; at ${per} (${platform.label}) it carries ${formatCounted(s.nodes, "node")}, fewer than the ${formatCount(planned)} it must hold.`,
          fix: `Use a larger subnet (or add one per zone), or plan fewer nodes or pods per node.`,
          source: platform.label,
        });
        continue;
      }
      if (s.prefixes && planned > s.prefixes.nodesWorst) {
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [s.field],
          message: `${what(s)} has ${formatCount(s.prefixes.free)} whole /28 prefixes: enough for ${formatCounted(s.nodes, "node")} when they stay contiguous, but only ${formatCount(s.prefixes.nodesWorst)} if node and ENI addresses scatter across them, fewer than the ${formatCount(planned)} planned. Prefix attachment then fails with "${VPC_CNI_ERRORS.insufficientCidr}".`,
          fix: "Give the nodes a larger subnet, or reserve the prefixes with a subnet CIDR reservation (type prefix).",
          source: EKS_PREFIX_DOC,
        });
      }
    }
    return out;
  },
};
