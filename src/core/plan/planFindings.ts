import type { Plan } from "./plan.ts";
import { planClusterIdFindings } from "./planClusterIds.ts";
import type { PlanFinding } from "./planFinding.ts";
import { planOverlapFindings } from "./planOverlaps.ts";

const RANK = { error: 0, warning: 1, info: 2 } as const;

const cache = new WeakMap<readonly unknown[], Map<string, PlanFinding[]>>();

/**
 * What is wrong across the clusters of a plan (each cluster's own findings stay with its design's
 * analysis): blocks two clusters share (planOverlaps.ts) and Cilium cluster identity
 * (planClusterIds.ts), errors first, then by cluster. Memoised by the identity of the plan's
 * `clusters` array, keyed by routing too; a plan of one cluster gets only its identity checks.
 */
export function planFindings(plan: Plan): PlanFinding[] {
  const byRouting = cache.get(plan.clusters) ?? new Map<string, PlanFinding[]>();
  cache.set(plan.clusters, byRouting);
  const hit = byRouting.get(plan.routing);
  if (hit) return hit;
  const found = [...planOverlapFindings(plan), ...planClusterIdFindings(plan)].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.cluster - b.cluster,
  );
  byRouting.set(plan.routing, found);
  return found;
}
