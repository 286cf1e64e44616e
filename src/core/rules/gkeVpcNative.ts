import {
  GKE_ALIAS_IP_DOC,
  GKE_DEFAULT_MAX_PODS,
  GKE_MANAGED_SERVICE_RANGE,
  GKE_MAX_PODS_LIMIT,
  GKE_MIN_MAX_PODS,
  GKE_POD_CIDR_DOC,
  gkeNodeMask,
} from "../cloud/gke/gkeFacts.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * GKE VPC-native: the per-node range is set by max pods (at least twice the pods, 110 → /24),
 * max pods 8–256 (Autopilot fixed at 32), an IPv4 cluster with a node subnet, and a Service range
 * that is either GKE's managed 34.118.224.0/20 or a secondary range of the design's.
 */
export const gkeVpcNative: Rule = {
  id: "gke-vpc-native",
  title: "GKE VPC-native: per-node range from max pods, max pods limits, Service range",
  source: "GKE flexible Pod CIDR and alias IP pages; GKE quotas",
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "gke") return [];
    const out: Finding[] = [];
    const maxPods = ctx.design.nodes.maxPods;
    const v4 = ctx.byFamily.ipv4;
    if (!v4) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["ipFamilies"],
        message:
          "GKE VPC-native clusters are IPv4 or dual-stack (ipv4-ipv6); an IPv6-only design is not a GKE cluster.",
        fix: "Add an IPv4 plan.",
        source: GKE_ALIAS_IP_DOC,
      });
      return out;
    }
    if (cni.mode === "autopilot" && maxPods !== GKE_DEFAULT_MAX_PODS.autopilot) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["nodes.maxPods"],
        message: `GKE Autopilot runs ${GKE_DEFAULT_MAX_PODS.autopilot} pods per node (a /26 each); ${maxPods} cannot be set.`,
        fix: `Set max pods to ${GKE_DEFAULT_MAX_PODS.autopilot}.`,
        source: GKE_POD_CIDR_DOC,
      });
    } else if (maxPods < GKE_MIN_MAX_PODS || maxPods > GKE_MAX_PODS_LIMIT) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["nodes.maxPods"],
        message: `GKE Standard takes ${GKE_MIN_MAX_PODS} to ${GKE_MAX_PODS_LIMIT} max pods per node; ${maxPods} is refused.`,
        fix: `Set max pods between ${GKE_MIN_MAX_PODS} and ${GKE_MAX_PODS_LIMIT} (110 is the default).`,
        source: GKE_POD_CIDR_DOC,
      });
    }
    const mask = gkeNodeMask(maxPods);
    if (v4.nodeMask !== mask) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message: `GKE gives each node a range of at least twice its max pods: ${maxPods} max pods → a /${mask}, not the /${v4.nodeMask} of the design.`,
        fix: `Set the IPv4 node mask to /${mask}.`,
        source: GKE_POD_CIDR_DOC,
      });
    }
    if (cni.managedServices && v4.plan.serviceCidr !== GKE_MANAGED_SERVICE_RANGE) {
      out.push({
        rule: this.id,
        severity: "warning",
        fields: ["ipv4.serviceCidr"],
        message: `With a GKE-managed Service range GKE uses ${GKE_MANAGED_SERVICE_RANGE}, not ${v4.plan.serviceCidr}.`,
        fix: `Set the Service range to ${GKE_MANAGED_SERVICE_RANGE}, or make it a secondary range of the subnet.`,
        source: GKE_ALIAS_IP_DOC,
      });
    }
    if (!ctx.ranges.some((r) => r.role === "nodes" && r.family === "ipv4")) {
      out.push({
        rule: this.id,
        severity: "warning",
        fields: ["nodes.networks"],
        message:
          "A GKE cluster's nodes take addresses from a subnet's primary range; the design names none, so the node count it allows is unknown.",
        fix: "Add the node subnet's primary range as a node network.",
        source: GKE_ALIAS_IP_DOC,
      });
    }
    return out;
  },
};
