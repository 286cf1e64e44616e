import type { Finding } from "../rules/finding.ts";

/**
 * A finding about a plan of several clusters: which cluster it is about (its index and name in
 * the plan), with `fields` and `fixes` as design paths of THAT cluster's design (apply a fix with
 * core/design/applyFix.ts to `plan.clusters[cluster]`).
 */
export interface PlanFinding extends Finding {
  cluster: number;
  clusterName: string;
}
