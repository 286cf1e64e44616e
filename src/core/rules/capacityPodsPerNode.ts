import type { Finding } from "./finding.ts";
import { count, label } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/** kubelet maxPods above the pod IPs a node range yields: pods per node are capped by addresses. */
export const capacityPodsPerNode: Rule = {
  id: "capacity-pods-per-node",
  title: "maxPods within the pod IPs a node gets",
  source:
    "kubelet maxPods; host-local / Cilium / Calico / cloud per-node allocators (reference/cni.md 9)",
  check(ctx) {
    const cap = ctx.capacity;
    if (!cap) return [];
    const maxPods = BigInt(ctx.design.nodes.maxPods);
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const fc = cap[f.family];
      if (!fc || fc.podIPsPerNode >= maxPods) continue;
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
            : `kubelet maxPods is ${count(maxPods)} but a node gets only ${count(fc.podIPsPerNode)} ${label(f.family)} pod IPs (${fc.podIPsRule}); pods per node are capped at ${count(fc.podsPerNode)}, and the rest stay ContainerCreating with IP allocation errors.`,
        fix: ctx.cni.usesPodRange
          ? `Use a shorter node mask, or lower maxPods to ${count(fc.podIPsPerNode)}.`
          : `Lower maxPods to ${count(fc.podIPsPerNode)}${ctx.design.cni.kind === "cilium" && ctx.design.cni.ipam === "eni" ? ", or enable prefix delegation" : ""}.`,
        source: "kubelet",
      });
    }
    return out;
  },
};
