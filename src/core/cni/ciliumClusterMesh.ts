import type { Design } from "../design/schema.ts";

/**
 * Cilium ClusterMesh facts, from cilium/cilium pkg/clustermesh/types/option.go and the
 * ClusterMesh guide (Documentation/network/clustermesh/clustermesh.rst):
 * - `cluster.id` 0 means unset; the agent refuses others outside 0..ClusterIDMax with
 *   "invalid cluster id %d: must be in range %d..%d". ClusterIDMax is `maxConnectedClusters`,
 *   255 by default; 511 only with `clustermesh.maxConnectedClusters=511` ("Valid configurations
 *   are [255, 511]"), which the designer does not set.
 * - A cluster with an id may not keep the default name: "cannot use default cluster name
 *   (default) with option cluster-id".
 * - `--cluster-name`: "It must consist of at most 32 lower case alphanumeric characters and '-',
 *   start and end with an alphanumeric character."
 * - "PodCIDR ranges in all clusters and all nodes must be non-conflicting and unique IP addresses."
 */
export const CILIUM_CLUSTER_MESH = {
  /** Highest `cluster.id` with the default `maxConnectedClusters` (255). */
  maxClusterId: 255,
  /** Highest `cluster.id` with `clustermesh.maxConnectedClusters=511`. */
  extendedMaxClusterId: 511,
  defaultClusterName: "default",
  clusterNameMaxLength: 32,
  clusterNamePattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/,
  clusterNameRule:
    "It must consist of at most 32 lower case alphanumeric characters and '-', start and end with an alphanumeric character.",
  podCidrRequirement:
    "PodCIDR ranges in all clusters and all nodes must be non-conflicting and unique IP addresses.",
  source: "cilium-agent (pkg/clustermesh/types/option.go)",
  guide: "Cilium ClusterMesh guide, Cluster Addressing Requirements",
} as const;

/** The design's Cilium `cluster.id`, or undefined when the CNI is not Cilium or no id is set (0). */
export function ciliumClusterId(design: Design): number | undefined {
  return design.cni.kind === "cilium" && design.cni.clusterId ? design.cni.clusterId : undefined;
}

/** True when the name is one Cilium's `--cluster-name` takes. */
export function isCiliumClusterName(name: string): boolean {
  return (
    name.length <= CILIUM_CLUSTER_MESH.clusterNameMaxLength &&
    CILIUM_CLUSTER_MESH.clusterNamePattern.test(name)
  );
}

/** The smallest `cluster.id` in 1..255 not in `taken`, or undefined when all are. */
export function freeCiliumClusterId(taken: Iterable<number>): number | undefined {
  const used = new Set(taken);
  for (let id = 1; id <= CILIUM_CLUSTER_MESH.maxClusterId; id++) if (!used.has(id)) return id;
  return undefined;
}
