import { AKS_MAX_PODS, AKS_OVERLAY_NODE_MASK } from "../cni/aks.ts";
import {
  AKS_DOCS,
  AKS_KUBENET_RETIREMENT,
  AKS_MIN_MAX_PODS,
  AKS_SERVICE_MIN_PREFIX,
} from "../cloud/aks/aksFacts.ts";
import { aksPodNetworkName } from "../cloud/aks/aksCapacity.ts";
import { aksReservedFindings, ipv6NodeMaskFinding } from "./aksOverlay.ts";
import type { Finding } from "./finding.ts";
import type { Rule, RuleContext } from "./rule.ts";

/** kubenet's and Azure CNI's --max-pods bounds (Azure CNI Overlay's are aks-overlay's). */
function maxPodsFindings(ctx: RuleContext, id: string): Finding[] {
  const maxPods = ctx.design.nodes.maxPods;
  if (maxPods >= AKS_MIN_MAX_PODS && maxPods <= AKS_MAX_PODS) return [];
  return [
    {
      rule: id,
      severity: "error",
      fields: ["nodes.maxPods"],
      message: `AKS takes --max-pods from ${AKS_MIN_MAX_PODS} to ${AKS_MAX_PODS}; ${maxPods} is refused.`,
      fix: `Set max pods between ${AKS_MIN_MAX_PODS} and ${AKS_MAX_PODS}.`,
      source: AKS_DOCS.planning,
    },
  ];
}

function serviceFindings(ctx: RuleContext, id: string): Finding[] {
  const s = ctx.byFamily.ipv4?.service;
  if (!s || s.length > AKS_SERVICE_MIN_PREFIX) return [];
  return [
    {
      rule: id,
      severity: s.length < AKS_SERVICE_MIN_PREFIX ? "error" : "warning",
      fields: ["ipv4.serviceCidr"],
      message:
        s.length < AKS_SERVICE_MIN_PREFIX
          ? `AKS's Service CIDR "must be smaller than /12"; a /${s.length} is refused.`
          : `AKS's Service CIDR "must be smaller than /12"; whether a /12 itself is accepted is not documented.`,
      fix: "Use a /13 or smaller range (AKS's default is 10.0.0.0/16).",
      source: AKS_DOCS.planning,
    },
  ];
}

/**
 * AKS takes `--ip-families ipv4` or `ipv4,ipv6` only (reference/managed-clouds.md 3.4): no
 * IPv6-only cluster and no IPv6 primary family, whatever the plugin.
 */
function familyFindings(ctx: RuleContext, id: string): Finding[] {
  const families = ctx.design.ipFamilies;
  if (families[0] === "ipv4") return [];
  return [
    {
      rule: id,
      severity: "error",
      fields: ["ipFamilies"],
      message: `AKS takes --ip-families ipv4 or ipv4,ipv6 only; ${families.join(",")} is refused.`,
      fix: families.includes("ipv4")
        ? "Make IPv4 the primary family (--ip-families ipv4,ipv6)."
        : "Add an IPv4 plan: AKS clusters are IPv4 or dual-stack with IPv4 first.",
      source: AKS_DOCS.dualStack,
    },
  ];
}

function pluginFindings(ctx: RuleContext, id: string): Finding[] {
  const cni = ctx.design.cni;
  const out: Finding[] = [];
  if (cni.kind === "aks-kubenet") {
    const mask = ctx.byFamily.ipv4?.nodeMask;
    if (mask !== undefined && mask !== AKS_OVERLAY_NODE_MASK) {
      out.push({
        rule: id,
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message: `AKS kubenet gives every node a /${AKS_OVERLAY_NODE_MASK} of the pod CIDR; a /${mask} per node is not what the cluster will do.`,
        fix: `Set the IPv4 node mask to /${AKS_OVERLAY_NODE_MASK}.`,
        source: AKS_DOCS.kubenet,
      });
    }
    for (const f of ipv6NodeMaskFinding(ctx, id, AKS_DOCS.dualStack)) out.push(f);
    out.push({
      rule: id,
      severity: "warning",
      fields: ["cni.kind"],
      message: `kubenet on AKS retires on ${AKS_KUBENET_RETIREMENT}; new clusters should use Azure CNI Overlay.`,
      fix: "Pick Azure CNI Overlay.",
      source: AKS_DOCS.kubenet,
    });
  }
  if (cni.kind === "azure-cni" && cni.ipam === "pod-subnet") {
    const name = aksPodNetworkName(cni);
    const networks = ctx.design.nodes.networks;
    if (!networks.some((n) => n.name === name)) {
      out.push({
        rule: id,
        severity: "error",
        fields: ["cni.podNetwork"],
        message: `Azure CNI with a pod subnet takes pod IPs from the subnet "${name}", which is not a network of the design.`,
        fix: `Add a network named "${name}" (the pod subnet), or name the one to use.`,
        source: AKS_DOCS.podSubnet,
      });
    } else if (networks.length < 2) {
      out.push({
        rule: id,
        severity: "error",
        fields: ["nodes.networks"],
        message: "Azure CNI with a pod subnet needs a node subnet besides the pod subnet.",
        fix: "Add the node subnet.",
        source: AKS_DOCS.podSubnet,
      });
    }
  }
  if ("dataplane" in cni && cni.dataplane === "cilium" && ctx.design.ipFamilies.length === 2) {
    if (ctx.minor < 29) {
      out.push({
        rule: id,
        severity: "error",
        fields: ["kubernetesVersion"],
        message: "Azure CNI powered by Cilium supports dual-stack from Kubernetes 1.29 on.",
        fix: "Use Kubernetes 1.29 or later, or a single family.",
        source: AKS_DOCS.cilium,
      });
    }
  }
  return out;
}

/**
 * AKS kubenet and Azure CNI (flat, pod subnet; also the Cilium data plane): max pods 10–250, the
 * Service CIDR "smaller than /12", AKS's reserved ranges, kubenet's /24 per node and its
 * retirement, and the pod subnet's presence. Azure CNI Overlay's own checks stay in aks-overlay;
 * this rule adds the Service-size and Cilium checks for it.
 */
export const aksNetwork: Rule = {
  id: "aks-network",
  title: "AKS kubenet and Azure CNI: max pods, Service CIDR, reserved ranges, pod subnet",
  source: "MicrosoftDocs/azure-aks-docs (IP address planning, kubenet, Azure CNI pod subnet)",
  check(ctx) {
    const kind = ctx.design.cni.kind;
    if (kind === "azure-overlay") {
      return [
        ...familyFindings(ctx, this.id),
        ...serviceFindings(ctx, this.id),
        ...pluginFindings(ctx, this.id),
      ];
    }
    if (kind !== "aks-kubenet" && kind !== "azure-cni") return [];
    return [
      ...familyFindings(ctx, this.id),
      ...maxPodsFindings(ctx, this.id),
      ...serviceFindings(ctx, this.id),
      ...aksReservedFindings(ctx, this.id),
      ...pluginFindings(ctx, this.id),
    ];
  },
};
