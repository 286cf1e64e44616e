import type { Design, NamedCidr } from "../../design/schema.ts";
import { prefixOf } from "../../ip/prefix.ts";
import { freeAlignedPrefixes, usableCloudAddresses } from "../subnets.ts";
import type { CloudSubnetFigures, PlatformCapacity } from "../types.ts";
import { eniLimitsOf } from "./eniLimits.ts";
import {
  eniMaxPods,
  eniMaxPodsRule,
  heldAddresses,
  type AwsVpcCni,
  type HeldAddresses,
} from "./vpcCni.ts";
import { AWS_HOST_NETWORK_PODS, EKS_MAX_PODS_LARGE, EKS_MAX_PODS_SMALL } from "./vpcCniFacts.ts";

const MODE_LABEL: Record<AwsVpcCni["ipam"], string> = {
  "secondary-ip": "secondary IPs",
  "prefix-delegation": "prefix delegation",
  "custom-networking": "custom networking",
  ipv6: "IPv6 (a /80 per node)",
};

/** The EKS subnets a design's zones point at (or every IPv4 node network when no zone is given). */
export interface EksZoneNetworks {
  zone?: string;
  node: { network: NamedCidr; index: number } | undefined;
  pod: { network: NamedCidr; index: number } | undefined;
}

function findNetwork(design: Design, name: string | undefined) {
  if (name === undefined) return undefined;
  const index = design.nodes.networks.findIndex((n) => n.name === name);
  const network = design.nodes.networks[index];
  return network ? { network, index } : undefined;
}

/** The node (and under custom networking, ENIConfig) network of each zone of an EKS design. */
export function eksZoneNetworks(design: Design, cni: AwsVpcCni): EksZoneNetworks[] {
  if (cni.zones.length > 0) {
    return cni.zones.map((z) => ({
      zone: z.zone,
      node: findNetwork(design, z.network),
      pod: cni.ipam === "custom-networking" ? findNetwork(design, z.podNetwork) : undefined,
    }));
  }
  return design.nodes.networks.flatMap((network, index) =>
    prefixOf(network.cidr)?.family === "ipv4" ? [{ node: { network, index }, pod: undefined }] : [],
  );
}

function figures(
  entry: { network: NamedCidr; index: number },
  zone: string | undefined,
  role: CloudSubnetFigures["role"],
  perNode: number,
  held: HeldAddresses | undefined,
  plannedNodes: number,
): CloudSubnetFigures | undefined {
  const prefix = prefixOf(entry.network.cidr);
  if (!prefix) return undefined;
  const usable = usableCloudAddresses(prefix, "eks");
  const per = BigInt(Math.max(1, perNode));
  let nodes = usable / per;
  let prefixes: CloudSubnetFigures["prefixes"];
  if (held && held.prefixes > 0) {
    const free = freeAlignedPrefixes(prefix);
    const p = BigInt(held.prefixes);
    const e = BigInt(held.enis);
    const nodesBest = (free * 16n) / (p * 16n + e);
    prefixes = { free, nodesBest, nodesWorst: free / (p + e) };
    if (nodesBest < nodes) nodes = nodesBest;
  }
  return {
    name: entry.network.name,
    cidr: entry.network.cidr,
    field: `nodes.networks.${entry.index}`,
    ...(zone ? { zone } : {}),
    role,
    usable,
    perNode: per,
    nodes,
    plannedNodes,
    ...(prefixes ? { prefixes } : {}),
  };
}

/**
 * EKS with the Amazon VPC CNI: max pods from the instance's ENI limits, subnet addresses each node
 * holds (pods plus warm pool, `heldAddresses`), and per zone the nodes each subnet carries (AWS's 5
 * reserved addresses; with prefixes, aligned /28s at best and under worst-case fragmentation).
 * Custom networking: node subnets hold 1 address per node, ENIConfig subnets the pods. The
 * cluster's node ceiling is the sum over zones of each zone's smaller bound.
 */
export function eksCapacity(design: Design, cni: AwsVpcCni, nodesNeeded: number): PlatformCapacity {
  const label = `Amazon VPC CNI, ${MODE_LABEL[cni.ipam]}`;
  const limits = eniLimitsOf(cni.instanceType);
  if (!limits) {
    return {
      platform: "eks",
      label,
      platformMaxPods: undefined,
      maxPodsRule: `${cni.instanceType} is not in the VPC CNI's instance table`,
      podsPerNode: design.nodes.maxPods,
      subnets: [],
      maxNodes: 0n,
      notes: [],
    };
  }
  const platformMaxPods = eniMaxPods(cni, limits);
  const podsPerNode = Math.min(design.nodes.maxPods, platformMaxPods ?? design.nodes.maxPods);
  const podIpPods = Math.max(0, podsPerNode - AWS_HOST_NETWORK_PODS);
  const held = cni.ipam === "ipv6" ? undefined : heldAddresses(cni, limits, podIpPods);
  const zones = eksZoneNetworks(design, cni);
  const planned = Math.ceil(nodesNeeded / Math.max(1, zones.length));
  const subnets: CloudSubnetFigures[] = [];
  let maxNodes = 0n;
  const counted = new Set<string>();
  for (const z of zones) {
    if (!z.node) continue;
    const separatePods = cni.ipam === "custom-networking" || cni.ipam === "ipv6";
    const nodeFig = separatePods
      ? figures(z.node, z.zone, "nodes", 1, undefined, planned)
      : figures(z.node, z.zone, "nodes-and-pods", held?.addresses ?? 1, held, planned);
    const podFig =
      cni.ipam === "custom-networking" && z.pod && held
        ? figures(z.pod, z.zone, "pods", held.addresses, held, planned)
        : undefined;
    for (const f of [nodeFig, podFig]) if (f) subnets.push(f);
    let zoneNodes = nodeFig?.nodes ?? 0n;
    if (cni.ipam === "custom-networking") {
      zoneNodes = podFig && podFig.nodes < zoneNodes ? podFig.nodes : podFig ? zoneNodes : 0n;
    }
    const key = `${z.node.network.name}/${z.pod?.network.name ?? ""}`;
    if (!counted.has(key)) maxNodes += zoneNodes;
    counted.add(key);
  }
  const notes = [
    `Recommended max pods: ${EKS_MAX_PODS_SMALL} on instances with fewer than 30 vCPUs, ${EKS_MAX_PODS_LARGE} from 30 vCPUs on (managed node groups enforce it).`,
  ];
  if (held) {
    notes.push(
      held.prefixes > 0
        ? `A full node (${podIpPods} pod IPs) holds ${held.prefixes} /28 prefixes on ${held.enis} ENIs = ${held.addresses} subnet addresses.`
        : `A full node (${podIpPods} pod IPs) holds ${held.enis} ENIs × ${limits.ipv4PerEni} addresses${cni.warm.warmIpTarget > 0 || cni.warm.minimumIpTarget > 0 ? " (warm IP target)" : ""} = ${held.addresses} subnet addresses.`,
    );
  }
  return {
    platform: "eks",
    label,
    platformMaxPods,
    maxPodsRule: eniMaxPodsRule(cni, limits),
    podsPerNode,
    subnets,
    maxNodes,
    notes,
  };
}
