import type { Design } from "../../design/schema.ts";
import { prefixOf } from "../../ip/prefix.ts";
import { formatCount } from "../../text/formatCount.ts";
import { usableCloudAddresses } from "../subnets.ts";
import type { CloudSubnetFigures, PlatformCapacity } from "../types.ts";
import type { z } from "zod";
import type { gkeCniSchema } from "../cniSchemas.ts";
import { GKE_MAX_PODS_LIMIT, GKE_NODE_LIMIT, gkeNodeMask } from "./gkeFacts.ts";

/** The GKE settings of a design. */
export type GkeCni = z.infer<typeof gkeCniSchema>;

/**
 * Nodes the pod secondary ranges carry: Σ 2^(nodeMask − podPrefix) over the IPv4 pod ranges
 * (a /14 with /24 per node = 1,024; reference/managed-clouds.md 2.3).
 */
export function gkePodRangeNodes(podCidrs: readonly string[], nodeMask: number): bigint {
  let total = 0n;
  for (const text of podCidrs) {
    const prefix = prefixOf(text);
    if (prefix && prefix.family === "ipv4" && prefix.length <= nodeMask) {
      total += 1n << BigInt(nodeMask - prefix.length);
    }
  }
  return total;
}

/**
 * GKE VPC-native: the per-node range from max pods (`gkeNodeMask`), nodes limited by the node
 * subnet's primary range (size − 4) and by the pod ranges (Σ 2^(mask − podPrefix)), and GKE's node
 * limit per cluster (Standard 15,000, Autopilot 1,000). Node subnets are the IPv4 node networks.
 */
export function gkeCapacity(design: Design, cni: GkeCni, nodesNeeded: number): PlatformCapacity {
  const maxPods = design.nodes.maxPods;
  const mask = gkeNodeMask(maxPods);
  const podNodes = design.ipv4 ? gkePodRangeNodes(design.ipv4.podCidrs, mask) : 0n;
  const subnets: CloudSubnetFigures[] = [];
  let subnetNodes = 0n;
  design.nodes.networks.forEach((network, index) => {
    const prefix = prefixOf(network.cidr);
    if (!prefix || prefix.family !== "ipv4") return;
    const usable = usableCloudAddresses(prefix, "gke");
    subnets.push({
      name: network.name,
      cidr: network.cidr,
      field: `nodes.networks.${index}`,
      role: "nodes",
      usable,
      perNode: 1n,
      nodes: usable,
      plannedNodes: nodesNeeded,
    });
    subnetNodes += usable;
  });
  const limit = GKE_NODE_LIMIT[cni.mode];
  let maxNodes = podNodes < subnetNodes || subnets.length === 0 ? podNodes : subnetNodes;
  if (maxNodes > BigInt(limit)) maxNodes = BigInt(limit);
  return {
    platform: "gke",
    label: `GKE ${cni.mode === "autopilot" ? "Autopilot" : "Standard"} (VPC-native)`,
    platformMaxPods: GKE_MAX_PODS_LIMIT,
    maxPodsRule: `${maxPods} max pods per node → a /${mask} per node (at least twice the pods)`,
    podsPerNode: Math.min(maxPods, GKE_MAX_PODS_LIMIT),
    subnets,
    maxNodes,
    nodeLimit: { limit, why: `GKE ${cni.mode} allows ${formatCount(limit)} nodes per cluster` },
    notes: [
      `The pod ranges carry ${formatCount(podNodes)} nodes at a /${mask} each; the node subnets ${formatCount(subnetNodes)} (4 addresses reserved per range).`,
    ],
  };
}
