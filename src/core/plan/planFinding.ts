import type { Finding } from "../rules/finding.ts";

/**
 * A finding about a plan of several clusters: which cluster it is about (its index and name in
 * the plan), with `fields` and `fixes` as design paths of THAT cluster's design (apply a fix with
 * core/design/applyFix.ts to `plan.clusters[cluster]`).
 */
export interface PlanFinding extends Finding {
  cluster: number;
  clusterName: string;
  /** The other clusters the finding is about, by name (the cluster it clashes with). */
  otherClusters?: string[];
}

/** Whether a finding is about a plan's clusters (it names its cluster). */
export function isPlanFinding(finding: Finding): finding is PlanFinding {
  return "cluster" in finding;
}

/** Which clusters a plan finding is about, in words ("Cluster east-2, with east"). */
export function clustersText(finding: PlanFinding): string {
  const others = finding.otherClusters ?? [];
  return others.length > 0
    ? `Cluster ${finding.clusterName}, with ${others.join(", ")}`
    : `Cluster ${finding.clusterName}`;
}
