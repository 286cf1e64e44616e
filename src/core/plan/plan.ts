import type { Design } from "../design/schema.ts";

/**
 * Whether a plan's clusters route to each other. `connected` (the default): pods, Services, nodes
 * and LoadBalancer pools of different clusters must not share addresses (Cilium ClusterMesh,
 * peered VPCs). `isolated`: the user says the clusters never route to each other, so Service
 * ranges may repeat across them (they are virtual and local to each cluster).
 */
export type ClusterRouting = "connected" | "isolated";

/** The routings, default first. */
export const CLUSTER_ROUTINGS: readonly ClusterRouting[] = ["connected", "isolated"];

/**
 * Several clusters planned together (ADR 0110). Each cluster is a whole {@link Design}; its
 * `name` is the cluster's name (unique in the plan) and, for Cilium, its `cni.clusterId` is the
 * ClusterMesh `cluster.id`. A plan of one cluster is just that design: files and links of it
 * are the design's, byte for byte.
 */
export interface Plan {
  /** One or more clusters, in the order the user made them. */
  clusters: Design[];
  routing: ClusterRouting;
}

/** The plan file / link format version written beside `clusters` (`"planVersion": 1`). */
export const PLAN_FORMAT_VERSION = 1;

/**
 * Most clusters one plan holds. Cilium ClusterMesh connects at most 255 (511 with
 * `maxConnectedClusters=511`); a plan is edited by hand and every plan rule is a sweep over all
 * clusters' ranges, so the bound keeps each pass and each link small.
 */
export const MAX_PLAN_CLUSTERS = 64;

/** A plan of one cluster: what every single design (old link, old file, the app's start) is. */
export function singleClusterPlan(design: Design): Plan {
  return { clusters: [design], routing: "connected" };
}

/** The index of the cluster named `name`, or -1. */
export function clusterIndexOf(plan: Plan, name: string): number {
  return plan.clusters.findIndex((c) => c.name === name);
}

/**
 * The first name not taken in the plan: `base`, else `base-2`, `base-3`, … (a numbered `base`
 * counts on from its stem: the copy of "east-2" is "east-3"); at most 63 characters.
 */
export function freeClusterName(plan: Plan, name: string): string {
  const taken = new Set(plan.clusters.map((c) => c.name));
  if (!taken.has(name)) return name;
  const base = name.replace(/-\d+$/, "") || name;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const stem = base.slice(0, 63 - suffix.length).replace(/[-.]+$/, "");
    const name = `${stem === "" ? "cluster" : stem}${suffix}`;
    if (!taken.has(name)) return name;
  }
}
