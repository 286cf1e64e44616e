import {
  AKS_MAX_PODS,
  AKS_OVERLAY_DOC,
  AKS_OVERLAY_NODE_MASK,
  AKS_RESERVED_DOC,
  AKS_RESERVED_RANGES,
} from "../cni/aks.ts";
import { fixedSettingAt } from "../cni/fixedSettings.ts";
import { prefixOf } from "../ip/prefix.ts";
import { prefixRange } from "../ip/range.ts";
import { AKS_DOCS } from "../cloud/aks/aksFacts.ts";
import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import type { Rule, RuleContext } from "./rule.ts";

const RESERVED = AKS_RESERVED_RANGES.flatMap((r) => {
  const prefix = prefixOf(r.cidr);
  return prefix ? [{ ...r, range: prefixRange(prefix) }] : [];
});

function nodeMaskFinding(ctx: RuleContext, id: string): Finding[] {
  const f = ctx.byFamily.ipv4;
  if (!f || f.nodeMask === AKS_OVERLAY_NODE_MASK) return [];
  return [
    {
      rule: id,
      severity: "error",
      fields: ["ipv4.nodeMask"],
      message: `Azure CNI Overlay gives every node a /${AKS_OVERLAY_NODE_MASK} carved from the pod CIDR; AKS has no setting for another size, so a /${f.nodeMask} per node is not what the cluster will do.`,
      fix: `Set the IPv4 node mask to /${AKS_OVERLAY_NODE_MASK}.`,
      source: AKS_OVERLAY_DOC,
    },
  ];
}

/**
 * A dual-stack AKS design (Azure CNI Overlay or kubenet) whose IPv6 node mask is not the /80 AKS
 * gives every node (fixedSettings, AKS_NODE_MASK).
 */
export function ipv6NodeMaskFinding(ctx: RuleContext, id: string, source: string): Finding[] {
  const fixed = fixedSettingAt(ctx.design, "ipv6.nodeMask");
  const mask = ctx.byFamily.ipv6?.nodeMask;
  if (!fixed || mask === undefined || mask === fixed.value) return [];
  return [
    {
      rule: id,
      severity: "error",
      fields: ["ipv6.nodeMask"],
      message: `${fixed.reason.replace(/\.$/, "")}, so a /${mask} per node is not what the cluster will do.`,
      fix: `Set the IPv6 node mask to /${fixed.value}.`,
      source,
    },
  ];
}

function maxPodsFinding(ctx: RuleContext, id: string): Finding[] {
  const maxPods = ctx.design.nodes.maxPods;
  if (maxPods <= AKS_MAX_PODS) return [];
  return [
    {
      rule: id,
      severity: "error",
      fields: ["nodes.maxPods"],
      message: `AKS allows at most ${AKS_MAX_PODS} pods per node (--max-pods); ${maxPods} is refused.`,
      fix: `Set max pods to ${AKS_MAX_PODS} or fewer.`,
      source: AKS_OVERLAY_DOC,
    },
  ];
}

/** Findings for pod, Service and node ranges that overlap the ranges AKS reserves. */
export function aksReservedFindings(ctx: RuleContext, id: string): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.ranges) {
    if (r.role !== "pods" && r.role !== "services" && r.role !== "nodes") continue;
    for (const reserved of RESERVED) {
      const shared = sharedRange(r.range, reserved.range);
      if (!shared) continue;
      out.push({
        rule: id,
        severity: "error",
        fields: [r.field],
        message: `The ${r.label} overlaps ${reserved.cidr} (${reserved.what}; shared: ${describeRange(shared)}). AKS reserves 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24: they cannot be used for Service, pod or VNet ranges.`,
        fix: "Pick a range outside the AKS reserved ranges.",
        source: AKS_RESERVED_DOC,
      });
    }
  }
  return out;
}

/**
 * Azure CNI Overlay (AKS): every node gets an IPv4 /24 of the pod CIDR (and an IPv6 /80 on a
 * dual-stack cluster), at most 250 pods per node, and the pod, Service and node (VNet) ranges must avoid the ranges AKS reserves.
 */
export const aksOverlay: Rule = {
  id: "aks-overlay",
  title: "Azure CNI Overlay: /24 per node, 250 pods, AKS reserved ranges",
  source:
    "MicrosoftDocs/azure-aks-docs articles/aks/azure-cni-overlay.md, concepts-network-azure-cni-overlay.md, configure-kubenet.md",
  check(ctx) {
    if (ctx.design.cni.kind !== "azure-overlay") return [];
    return [
      ...nodeMaskFinding(ctx, this.id),
      ...ipv6NodeMaskFinding(ctx, this.id, AKS_DOCS.dualStack),
      ...maxPodsFinding(ctx, this.id),
      ...aksReservedFindings(ctx, this.id),
    ];
  },
};
