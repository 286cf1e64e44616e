import type { FamilyCapacity } from "../capacity/types.ts";
import type { Finding } from "./finding.ts";
import { label, plural } from "./helpers.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Rule, RuleContext } from "./rule.ts";

/** The controller manager's (and Cilium operator's) exhaustion error. */
export const CIDR_EXHAUSTED_TEXT =
  "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range";

function consequence(
  ctx: RuleContext,
  fc: FamilyCapacity,
): { text: string; severity: "error" | "warning"; source: string } {
  const n = formatCount(fc.maxNodes + 1n);
  switch (ctx.cni.nodeRanges) {
    case "kube-controller-manager":
      return {
        severity: "error",
        source: "kube-controller-manager",
        text: `node ${n} gets a Warning event CIDRNotAvailable and keeps an empty spec.podCIDRs: "failed to allocate cidr from cluster cidr at idx:0: ${CIDR_EXHAUSTED_TEXT}"`,
      };
    case "cilium-operator":
      return {
        severity: "error",
        source: "cilium-operator",
        text: `node ${n} gets no pod range; its CiliumNode status.ipam.operator-status shows "${CIDR_EXHAUSTED_TEXT}"`,
      };
    case "calico":
      return {
        severity: "warning",
        source: "Calico IPAM",
        text: `nodes beyond that get no block of their own and borrow addresses from other nodes' blocks (failing instead with strictAffinity)`,
      };
    default:
      return {
        severity: "error",
        source: ctx.cni.label,
        text: `node ${n} would have to reuse another node's range`,
      };
  }
}

/**
 * Nodes (planned count, then count plus headroom) beyond the node ranges the pod ranges give:
 * an error when the planned count alone does not fit, a warning when only the headroom does not.
 */
export const capacityNodes: Rule = {
  id: "capacity-nodes",
  title: "Enough node ranges for the planned nodes",
  source: "kube-controller-manager range_allocator.go / cidr_set.go; cilium-operator cidrset",
  check(ctx) {
    const cap = ctx.capacity;
    if (!cap || !ctx.cni.usesPodRange) return [];
    const out: Finding[] = [];
    const planned = BigInt(ctx.design.nodes.count);
    const needed = BigInt(cap.nodesNeeded);
    for (const f of ctx.families) {
      const fc = cap[f.family];
      // maxNodes: the node ranges, or under Calico IPAM the nodes the blocks carry at maxPods.
      if (!fc || needed <= fc.maxNodes) continue;
      const fields = [
        ...f.pods.map((p) => p.field),
        `${f.family}.nodeMask`,
        planned > fc.maxNodes ? "nodes.count" : "nodes.headroomPercent",
      ];
      const blocks = ctx.cni.nodeRanges === "calico";
      const have = blocks
        ? `The ${label(f.family)} pool${plural(f.pods.length)} hold${f.pods.length === 1 ? "s" : ""} ${formatCount(fc.nodeSubnets)} /${f.nodeMask} block${plural(fc.nodeSubnets)}, enough for ${formatCount(fc.maxNodes)} node${plural(fc.maxNodes)} at ${formatCount(fc.podsPerNode)} pods each (${fc.podIPsRule})`
        : `The ${label(f.family)} pod range${plural(f.pods.length)} give${f.pods.length === 1 ? "s" : ""} ${formatCount(fc.usableNodeSubnets)} usable /${f.nodeMask} node range${plural(fc.usableNodeSubnets)}${fc.withheldNodeSubnets > 0n ? ` (${formatCount(fc.withheldNodeSubnets)} withheld for touching the Service range)` : ""}`;
      const grow = blocks
        ? `Use a larger pool (or add one), or lower maxPods.`
        : `Use a larger pod range (or add one where the IPAM takes several) or a longer node mask.`;
      if (planned > fc.maxNodes) {
        const c = consequence(ctx, fc);
        out.push({
          rule: this.id,
          severity: c.severity,
          fields,
          message: `${have} for ${formatCount(planned)} planned nodes; ${c.text}.`,
          fix: grow,
          source: c.source,
        });
      } else {
        out.push({
          rule: this.id,
          severity: "warning",
          fields,
          message: `${have}: enough for the ${formatCount(planned)} planned nodes but not for ${formatCount(needed)} with ${ctx.design.nodes.headroomPercent}% headroom; ${blocks ? `nodes past ${formatCount(fc.maxNodes)} borrow addresses from other nodes' blocks (failing instead with strictAffinity)` : `growing past ${formatCount(fc.maxNodes)} nodes fails with "${CIDR_EXHAUSTED_TEXT}"`}.`,
          fix: `${grow} Changing the pod range of a running cluster is not safe, so size it now.`,
          source: ctx.cni.nodeRanges,
        });
      }
    }
    return out;
  },
};
