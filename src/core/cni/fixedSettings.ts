import {
  GKE_DEFAULT_MAX_PODS,
  GKE_MANAGED_SERVICE_RANGE,
  gkeNodeMask,
} from "../cloud/gke/gkeFacts.ts";
import type { Design } from "../design/schema.ts";
import { FAMILIES, familyLabel } from "../ip/family.ts";
import { AKS_NODE_MASK } from "./aks.ts";

/** A design setting the CNI / IPAM mode or the platform fixes: the app shows it read-only. */
export interface FixedSetting {
  /** Design path, as in findings ("ipv4.nodeMask", "nodes.maxPods", "ipv4.serviceCidr"). */
  path: "ipv4.nodeMask" | "ipv6.nodeMask" | "nodes.maxPods" | "ipv4.serviceCidr";
  /** The only value the mode allows. */
  value: number | string;
  /** Why, in a sentence that says what to change instead where something can be. */
  reason: string;
}

/**
 * The settings the design's CNI fixes, each with its value and the reason; the app shows these
 * fields read-only, and the rules `aks-overlay`, `aks-network` and `gke-vpc-native` report a
 * design (a file, a link, a CLI flag) that holds another value. The values come from their owners:
 * - Azure CNI Overlay and AKS kubenet give every node a /24 of the pod CIDR, and a /80 of the
 *   IPv6 one on a dual-stack cluster (AKS_NODE_MASK; reference/managed-clouds.md 3.3, 3.4;
 *   `concepts-network-azure-cni-overlay.md`, `configure-kubenet.md`, `configure-dual-stack.md`);
 * - GKE gives each node the smallest block holding twice its max pods (`gkeNodeMask`; flexible
 *   Pod CIDR page), Autopilot runs 32 pods per node, and a GKE-managed Service range is
 *   34.118.224.0/20 (reference/managed-clouds.md 2.2, 2.4).
 * Settings of a family the design does not have are left out.
 */
export function fixedSettings(design: Design): FixedSetting[] {
  const cni = design.cni;
  const out: FixedSetting[] = [];
  if (cni.kind === "azure-overlay" || cni.kind === "aks-kubenet") {
    const plugin = cni.kind === "azure-overlay" ? "Azure CNI Overlay" : "AKS kubenet";
    for (const family of FAMILIES) {
      if (!design[family]) continue;
      const mask = AKS_NODE_MASK[family];
      const range = family === "ipv4" ? "pod range" : "IPv6 pod range";
      out.push({
        path: `${family}.nodeMask`,
        value: mask,
        reason: `${plugin} gives every node a /${mask} of the ${range}; AKS has no setting for another size.`,
      });
    }
  }
  if (cni.kind !== "gke") return out;
  const maxPods = cni.mode === "autopilot" ? GKE_DEFAULT_MAX_PODS.autopilot : design.nodes.maxPods;
  if (cni.mode === "autopilot") {
    out.push({
      path: "nodes.maxPods",
      value: maxPods,
      reason: `GKE Autopilot runs ${maxPods} pods per node; it cannot be set.`,
    });
  }
  if (design.ipv4) {
    out.push({
      path: "ipv4.nodeMask",
      value: gkeNodeMask(maxPods),
      reason: `GKE gives each node the smallest range holding twice its max pods (${maxPods} → /${gkeNodeMask(maxPods)}); change max pods to change it.`,
    });
    if (cni.managedServices) {
      out.push({
        path: "ipv4.serviceCidr",
        value: GKE_MANAGED_SERVICE_RANGE,
        reason: `GKE manages the Service range ${GKE_MANAGED_SERVICE_RANGE}; turn off "GKE-managed Service range" to use a secondary range of your own.`,
      });
    }
  }
  return out;
}

/** The fixed setting at `path` under the design's CNI, if any. */
export function fixedSettingAt(design: Design, path: string): FixedSetting | undefined {
  return fixedSettings(design).find((s) => s.path === path);
}

/**
 * The design with every fixed setting at its fixed value, and a note for each one changed
 * ("IPv4 node mask set to /24: …"). Used by the CNI picker, the max-pods edit and presets.
 * Settings named in `keep` (given explicitly, e.g. by a CLI flag) stay, for the rules to judge.
 */
export function withFixedSettings(
  design: Design,
  keep: { maxPods?: boolean; serviceCidr?: boolean } = {},
): { design: Design; notes: string[] } {
  let next = design;
  const notes: string[] = [];
  for (const s of fixedSettings(design)) {
    if (
      (s.path === "nodes.maxPods" && keep.maxPods) ||
      (s.path === "ipv4.serviceCidr" && keep.serviceCidr)
    )
      continue;
    if (s.path === "nodes.maxPods" && next.nodes.maxPods !== s.value) {
      next = { ...next, nodes: { ...next.nodes, maxPods: Number(s.value) } };
      notes.push(`Max pods set to ${s.value}: ${s.reason}`);
    } else if (s.path === "ipv4.nodeMask" || s.path === "ipv6.nodeMask") {
      const family = s.path === "ipv4.nodeMask" ? "ipv4" : "ipv6";
      const plan = next[family];
      if (!plan || plan.nodeMask === s.value) continue;
      next = { ...next, [family]: { ...plan, nodeMask: Number(s.value) } };
      notes.push(`${familyLabel(family)} node mask set to /${s.value}: ${s.reason}`);
    } else if (s.path === "ipv4.serviceCidr" && next.ipv4 && next.ipv4.serviceCidr !== s.value) {
      next = { ...next, ipv4: { ...next.ipv4, serviceCidr: String(s.value) } };
      notes.push(`Service range set to ${s.value}: ${s.reason}`);
    }
  }
  return { design: next, notes };
}
