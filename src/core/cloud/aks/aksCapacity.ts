import type { z } from "zod";
import { AKS_MAX_PODS, AKS_OVERLAY_NODE_MASK } from "../../cni/aks.ts";
import { formatCount } from "../../text/formatCount.ts";
import type { Design } from "../../design/schema.ts";
import { prefixOf } from "../../ip/prefix.ts";
import type { azureCniSchema } from "../cniSchemas.ts";
import { freeAlignedPrefixes, usableCloudAddresses } from "../subnets.ts";
import type { CloudSubnetFigures, PlatformCapacity } from "../types.ts";
import {
  AKS_DEFAULT_SURGE,
  AKS_DYNAMIC_BATCH,
  AKS_DYNAMIC_LOW_WATER,
  AKS_KUBENET_NODE_LIMIT,
  AKS_OVERLAY_NODE_LIMIT,
} from "./aksFacts.ts";

/** Azure CNI (flat or pod subnet) settings of a design. */
export type AzureCni = z.infer<typeof azureCniSchema>;

/** The AKS CNI kinds. */
export type AksCni = Extract<
  Design["cni"],
  { kind: "azure-overlay" | "aks-kubenet" | "azure-cni" }
>;

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/**
 * Pod-subnet addresses one node takes under Azure CNI with a pod subnet. Dynamic: batches of 16,
 * a new batch when fewer than 8 are free, so `16 × ceil((P + 8) / 16)` for P pods (derived,
 * reference/managed-clouds.md 3.3). Static block: `ceil((maxPods + 1) / 16)` /28 blocks.
 */
export function aksPodSubnetPerNode(cni: AzureCni, maxPods: number): number {
  return cni.podIpAllocation === "static-block"
    ? AKS_DYNAMIC_BATCH * ceilDiv(maxPods + 1, 16)
    : AKS_DYNAMIC_BATCH * ceilDiv(maxPods + AKS_DYNAMIC_LOW_WATER, AKS_DYNAMIC_BATCH);
}

/** The name of the pod subnet of an Azure CNI pod-subnet design (default "pods"). */
export function aksPodNetworkName(cni: AzureCni): string {
  return cni.podNetwork ?? "pods";
}

function subnetFigures(
  design: Design,
  role: CloudSubnetFigures["role"],
  perNode: number,
  planned: number,
  only: (name: string) => boolean,
  aligned = false,
): CloudSubnetFigures[] {
  const out: CloudSubnetFigures[] = [];
  design.nodes.networks.forEach((network, index) => {
    const prefix = prefixOf(network.cidr);
    if (!prefix || prefix.family !== "ipv4" || !only(network.name)) return;
    const usable = usableCloudAddresses(prefix, "aks");
    const per = BigInt(Math.max(1, perNode));
    const nodes = aligned ? freeAlignedPrefixes(prefix) / (per / 16n) : usable / per;
    out.push({
      name: network.name,
      cidr: network.cidr,
      field: `nodes.networks.${index}`,
      role,
      usable,
      perNode: per,
      nodes,
      plannedNodes: planned,
    });
  });
  return out;
}

const sum = (list: CloudSubnetFigures[]) => list.reduce((a, f) => a + f.nodes, 0n);

/**
 * AKS: kubenet and Azure CNI Overlay give each node a /24 of the pod CIDR (nodes ≤ 2^(24 − p);
 * kubenet ≤ 400 by the route table, overlay ≤ 5,000) and one node-subnet address; flat Azure CNI
 * reserves `maxPods + 1` node-subnet addresses per node and needs room for the upgrade surge node;
 * a pod subnet takes 1 node-subnet address and `aksPodSubnetPerNode` pod-subnet addresses.
 * Azure reserves 5 addresses per subnet.
 */
export function aksCapacity(design: Design, cni: AksCni, nodesNeeded: number): PlatformCapacity {
  const maxPods = design.nodes.maxPods;
  const podsPerNode = Math.min(maxPods, AKS_MAX_PODS);
  const base = {
    platform: "aks" as const,
    platformMaxPods: AKS_MAX_PODS,
    podsPerNode,
  };
  const planned = nodesNeeded + AKS_DEFAULT_SURGE;
  if (cni.kind === "azure-cni" && cni.ipam === "flat") {
    const subnets = subnetFigures(design, "nodes-and-pods", maxPods + 1, planned, () => true);
    return {
      ...base,
      label: `Azure CNI (node subnet)${cni.dataplane === "cilium" ? " powered by Cilium" : ""}`,
      maxPodsRule: `each node reserves 1 + max pods = ${maxPods + 1} node-subnet addresses up front`,
      subnets,
      maxNodes: sum(subnets),
      notes: [
        `Plan ${formatCount(nodesNeeded)} nodes + ${AKS_DEFAULT_SURGE} surge node for upgrades = ${formatCount(planned)} × ${maxPods + 1} addresses.`,
      ],
    };
  }
  if (cni.kind === "azure-cni") {
    const podName = cni.podNetwork ?? "pods";
    const perNode = aksPodSubnetPerNode(cni, maxPods);
    const nodeSubnets = subnetFigures(design, "nodes", 1, planned, (n) => n !== podName);
    const podSubnets = subnetFigures(
      design,
      "pods",
      perNode,
      planned,
      (n) => n === podName,
      cni.podIpAllocation === "static-block",
    );
    const a = sum(nodeSubnets);
    const b = sum(podSubnets);
    return {
      ...base,
      label: `Azure CNI with a pod subnet (${cni.podIpAllocation === "static-block" ? "static /28 blocks" : "dynamic"})${cni.dataplane === "cilium" ? " powered by Cilium" : ""}`,
      maxPodsRule:
        cni.podIpAllocation === "static-block"
          ? `${maxPods} max pods + 1 → ${perNode / 16} /28 block(s) = ${perNode} pod-subnet addresses per node`
          : `${maxPods} pods + 8 free, in batches of 16 → ${perNode} pod-subnet addresses per node`,
      subnets: [...nodeSubnets, ...podSubnets],
      maxNodes: a < b ? a : b,
      notes: [],
    };
  }
  const kubenet = cni.kind === "aks-kubenet";
  const limit = kubenet ? AKS_KUBENET_NODE_LIMIT : AKS_OVERLAY_NODE_LIMIT;
  let podNodes = 0n;
  for (const text of design.ipv4?.podCidrs ?? []) {
    const p = prefixOf(text);
    if (p && p.length <= AKS_OVERLAY_NODE_MASK)
      podNodes += 1n << BigInt(AKS_OVERLAY_NODE_MASK - p.length);
  }
  const subnets = subnetFigures(design, "nodes", 1, planned, () => true);
  const room = sum(subnets);
  let maxNodes = podNodes < room || subnets.length === 0 ? podNodes : room;
  if (maxNodes > BigInt(limit)) maxNodes = BigInt(limit);
  return {
    ...base,
    label: kubenet
      ? "AKS kubenet"
      : `Azure CNI Overlay${cni.kind === "azure-overlay" && cni.dataplane === "cilium" ? " powered by Cilium" : ""}`,
    maxPodsRule: `a /${AKS_OVERLAY_NODE_MASK} of the pod CIDR per node; AKS allows at most ${AKS_MAX_PODS} pods per node`,
    subnets,
    maxNodes,
    nodeLimit: {
      limit,
      why: kubenet
        ? `kubenet routes each node's /24 through a route table of at most ${AKS_KUBENET_NODE_LIMIT} routes`
        : `Azure CNI Overlay supports ${formatCount(AKS_OVERLAY_NODE_LIMIT)} nodes per cluster`,
    },
    notes: [`The pod CIDR holds ${formatCount(podNodes)} node /24s.`],
  };
}
