import {
  CILIUM_CLUSTER_MESH,
  freeCiliumClusterId,
  isCiliumClusterName,
} from "../cni/ciliumClusterMesh.ts";
import type { Fix } from "../rules/finding.ts";
import type { Plan } from "./plan.ts";
import type { PlanFinding } from "./planFinding.ts";

const M = CILIUM_CLUSTER_MESH;

/** Rule ids of the Cilium cluster identity checks. */
export const CLUSTER_ID_RULES = {
  range: "cilium-cluster-id-range",
  name: "cilium-cluster-name",
  missing: "cilium-cluster-id-missing",
  unique: "cilium-cluster-id-unique",
} as const;

const idFix = (id: number | undefined): Fix[] =>
  id === undefined
    ? []
    : [{ summary: `set cluster.id to ${id}`, changes: { "cni.clusterId": id } }];

/**
 * Cilium cluster identity, per cluster: a `cluster.id` Cilium's agent refuses (over 255), a name
 * it refuses next to an id (the default name, or not a Cilium cluster name), and, when several
 * Cilium clusters route to each other (ClusterMesh), a missing or repeated id, each with the next
 * free id as a fix. Applies to a plan of one cluster too (its id and name are still checked).
 */
export function planClusterIdFindings(plan: Plan): PlanFinding[] {
  const out: PlanFinding[] = [];
  const cilium = plan.clusters.flatMap((d, i) => (d.cni.kind === "cilium" ? [i] : []));
  const mesh = plan.routing === "connected" && cilium.length > 1;
  const idOf = (i: number) => {
    const cni = plan.clusters[i]!.cni;
    return cni.kind === "cilium" ? (cni.clusterId ?? 0) : 0;
  };
  const taken = cilium.map(idOf).filter((id) => id > 0);
  const owner = new Map<number, number>();
  for (const i of cilium) {
    const design = plan.clusters[i]!;
    const id = idOf(i);
    const at = { cluster: i, clusterName: design.name, source: M.source };
    if (id > M.maxClusterId) {
      out.push({
        ...at,
        rule: CLUSTER_ID_RULES.range,
        severity: "error",
        fields: ["cni.clusterId"],
        message: `Cluster "${design.name}": the Cilium agent refuses cluster.id ${id}: "invalid cluster id ${id}: must be in range 0..${M.maxClusterId}" (0..${M.extendedMaxClusterId} only with clustermesh.maxConnectedClusters=511, which these exports do not set).`,
        fix: "Use a cluster.id from 1 to 255.",
        fixes: idFix(freeCiliumClusterId(taken)),
      });
    }
    if (id > 0 && design.name === M.defaultClusterName) {
      out.push({
        ...at,
        rule: CLUSTER_ID_RULES.name,
        severity: "error",
        fields: ["name"],
        message: `Cluster "${design.name}": the Cilium agent refuses a cluster.id with the default name: "cannot use default cluster name (${M.defaultClusterName}) with option cluster-id".`,
        fix: "Rename the cluster.",
      });
    } else if (id > 0 && !isCiliumClusterName(design.name)) {
      out.push({
        ...at,
        rule: CLUSTER_ID_RULES.name,
        severity: "error",
        fields: ["name"],
        message: `Cluster "${design.name}" is not a name Cilium takes for cluster.name: "${M.clusterNameRule}"`,
        fix: "Rename the cluster: at most 32 characters, lower-case letters, digits and '-'.",
      });
    }
    if (!mesh) continue;
    if (id === 0) {
      out.push({
        ...at,
        rule: CLUSTER_ID_RULES.missing,
        severity: "warning",
        fields: ["cni.clusterId"],
        message: `Cluster "${design.name}" has no Cilium cluster.id; ClusterMesh connects only clusters with a unique cluster.id from 1 to ${M.maxClusterId}.`,
        fix: "Give every Cilium cluster of the plan its own cluster.id.",
        fixes: idFix(freeCiliumClusterId(taken)),
      });
      continue;
    }
    const first = owner.get(id);
    if (first === undefined) {
      owner.set(id, i);
      continue;
    }
    out.push({
      ...at,
      rule: CLUSTER_ID_RULES.unique,
      severity: "error",
      fields: ["cni.clusterId"],
      message: `Cluster "${design.name}" has cluster.id ${id}, as cluster "${plan.clusters[first]!.name}" does; ClusterMesh needs a unique cluster.id per cluster.`,
      otherClusters: [plan.clusters[first]!.name],
      fix: "Give this cluster its own cluster.id.",
      fixes: idFix(freeCiliumClusterId(taken)),
    });
  }
  return out;
}
