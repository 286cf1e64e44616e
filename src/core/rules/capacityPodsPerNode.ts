import type { FamilyCapacity } from "../capacity/types.ts";
import { ENI_HOST_NETWORK_PODS } from "../capacity/podIpsPerNode.ts";
import type { Finding } from "./finding.ts";
import { label } from "./helpers.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Rule, RuleContext } from "./rule.ts";

/** Host-network pods the mode lets maxPods count on top of the pod IPs (EKS's "+ 2" under ENI). */
function hostNetworkPods(ctx: RuleContext): bigint {
  const cni = ctx.design.cni;
  return cni.kind === "cilium" && cni.ipam === "eni" ? ENI_HOST_NETWORK_PODS : 0n;
}

function fixFor(ctx: RuleContext, fc: FamilyCapacity, ceiling: bigint, host: bigint): string {
  const cni = ctx.design.cni;
  const lower =
    host > 0n
      ? `lower maxPods to ${formatCount(ceiling)} (${formatCount(fc.podIPsPerNode)} pod IPs + ${formatCount(host)} host-network pods, as EKS's max-pods formula counts)`
      : `lower maxPods to ${formatCount(ceiling)}`;
  if (cni.kind === "calico" && cni.ipam === "calico-ipam") {
    return `Raise maxBlocksPerHost, turn strictAffinity off (nodes then borrow from other blocks), use a shorter block size, or ${lower}.`;
  }
  if (ctx.cni.usesPodRange) return `Use a shorter node mask, or ${lower}.`;
  const eni = cni.kind === "cilium" && cni.ipam === "eni" ? ", or enable prefix delegation" : "";
  return `${lower.charAt(0).toUpperCase()}${lower.slice(1)}${eni}.`;
}

/** kubelet maxPods above the pod IPs a node range yields: pods per node are capped by addresses. */
export const capacityPodsPerNode: Rule = {
  id: "capacity-pods-per-node",
  title: "maxPods within the pod IPs a node gets",
  source:
    "kubelet maxPods; host-local / Cilium / Calico / cloud per-node allocators (reference/cni.md 9); EKS max-pods formula (+2 host-network pods)",
  check(ctx) {
    const cap = ctx.capacity;
    if (!cap) return [];
    const maxPods = BigInt(ctx.design.nodes.maxPods);
    const host = hostNetworkPods(ctx);
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const fc = cap[f.family];
      // podsPerNode, not pod IPs: Calico IPAM without strict affinity borrows past a node's blocks.
      if (!fc || BigInt(fc.podsPerNode) + host >= maxPods) continue;
      const ceiling = BigInt(fc.podsPerNode) + host;
      const fields = ctx.cni.usesPodRange
        ? [`${f.family}.nodeMask`, "nodes.maxPods"]
        : ["nodes.maxPods", "cni.ipam"];
      out.push({
        rule: this.id,
        severity: fc.podIPsPerNode === 0n ? "error" : "warning",
        fields,
        message:
          fc.podIPsPerNode === 0n
            ? `A node gets no ${label(f.family)} pod IPs (${fc.podIPsRule}); no pod with a pod network starts.`
            : `kubelet maxPods is ${formatCount(maxPods)} but a node gets only ${formatCount(fc.podsPerNode)} ${label(f.family)} pod IPs (${fc.podIPsRule}); pods per node are capped at ${formatCount(ceiling)}${host > 0n ? ` (with ${formatCount(host)} host-network pods)` : ""}, and the rest stay ContainerCreating with IP allocation errors.`,
        fix: fixFor(ctx, fc, ceiling, host),
        source: "kubelet",
      });
    }
    return out;
  },
};
