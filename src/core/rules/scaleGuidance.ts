import type { Finding } from "./finding.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Rule } from "./rule.ts";

/** Kubernetes' large-cluster limits: nodes, pods, pods per node. */
export const SCALE_LIMITS = { nodes: 5000, pods: 150_000, podsPerNode: 110 } as const;

/**
 * Beyond what Kubernetes is designed and tested for: more than 5,000 nodes, 150,000 pods or
 * 110 pods per node ("Considerations for large clusters").
 */
export const scaleGuidance: Rule = {
  id: "scale-guidance",
  title: "Within Kubernetes' tested scale (5,000 nodes, 150,000 pods, 110 pods per node)",
  source: "kubernetes.io/docs/setup/best-practices/cluster-large/",
  check(ctx) {
    const out: Finding[] = [];
    const nodes = ctx.capacity?.nodesNeeded ?? ctx.design.nodes.count;
    const base = {
      rule: this.id,
      severity: "info" as const,
      source: "Kubernetes large-cluster guidance",
    };
    if (nodes > SCALE_LIMITS.nodes) {
      out.push({
        ...base,
        fields: ["nodes.count"],
        message: `${formatCount(nodes)} nodes (with headroom) is beyond the ${formatCount(SCALE_LIMITS.nodes)} nodes Kubernetes is designed for.`,
        fix: "Split into several clusters, or plan control-plane and etcd sizing for this scale.",
      });
    }
    const primary = ctx.families[0];
    const perNode =
      (primary && ctx.capacity?.[primary.family]?.podsPerNode) ?? ctx.design.nodes.maxPods;
    const pods = BigInt(nodes) * BigInt(perNode);
    if (pods > BigInt(SCALE_LIMITS.pods)) {
      out.push({
        ...base,
        fields: ["nodes.count", "nodes.maxPods"],
        message: `${formatCount(nodes)} nodes × ${formatCount(perNode)} pods is up to ${formatCount(pods)} pods, beyond the ${formatCount(SCALE_LIMITS.pods)} Kubernetes is designed for.`,
        fix: "Expect to tune the control plane, or split the workload across clusters.",
      });
    }
    if (ctx.design.nodes.maxPods > SCALE_LIMITS.podsPerNode) {
      out.push({
        ...base,
        fields: ["nodes.maxPods"],
        message: `maxPods ${formatCount(ctx.design.nodes.maxPods)} is above the ${SCALE_LIMITS.podsPerNode} pods per node Kubernetes is designed for (some managed offerings allow 250).`,
        fix: "Make sure nodes have the CPU, memory and kubelet tuning for this density.",
      });
    }
    return out;
  },
};
