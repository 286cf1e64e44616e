import { describeCni } from "../cni/describeCni.ts";
import type { Design } from "../design/schema.ts";
import { FAMILIES, type Family } from "../ip/family.ts";
import { prefixOf, type Prefix } from "../ip/prefix.ts";
import { calicoBlockPlan } from "./calicoBlocks.ts";
import { lbPoolCapacities } from "./lbPools.ts";
import { nodeNetworkCapacities } from "./nodeNetworks.ts";
import { nodePortCapacity } from "./nodePorts.ts";
import { nodesNeeded as nodesNeededFor } from "./nodesNeeded.ts";
import { nodeSubnetCounts } from "./nodeSubnets.ts";
import { ENI_PREFIX_SIZE, podIpsPerNode, type CloudContext } from "./podIpsPerNode.ts";
import {
  clusterDNSIP,
  kubernetesServiceIP,
  serviceIPCount,
  serviceStaticBand,
} from "./serviceCapacity.ts";
import type { Capacity, FamilyCapacity } from "./types.ts";

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/**
 * Node-network addresses one node takes in cloud modes: its own address plus its pods'. Cilium
 * ENI: one primary per ENI in use plus one secondary IP per pod, or whole /28 prefixes with
 * prefix delegation; azure/crd: one address per pod.
 */
export function cloudAddressesPerNode(design: Design, podsPerNode: bigint): bigint {
  const cni = design.cni;
  if (cni.kind === "cilium" && cni.ipam === "eni") {
    const perEni = BigInt(cni.eni.ipsPerEni - 1);
    if (cni.eni.prefixDelegation) {
      const prefixes = ceilDiv(podsPerNode, ENI_PREFIX_SIZE);
      return (prefixes > 0n ? ceilDiv(prefixes, perEni) : 1n) + prefixes * ENI_PREFIX_SIZE;
    }
    return (podsPerNode > 0n ? ceilDiv(podsPerNode, perEni) : 1n) + podsPerNode;
  }
  return 1n + podsPerNode;
}

function familyCapacity(
  design: Design,
  family: Family,
  ctx: CloudContext,
): FamilyCapacity | undefined {
  const plan = design[family];
  const service = plan ? prefixOf(plan.serviceCidr) : undefined;
  if (!plan || !service) return undefined;
  const cloud = describeCni(design.cni).podIps === "cloud-network";
  const counts = nodeSubnetCounts(design, family);
  const pod = podIpsPerNode(design, family, ctx);
  const podsPerNode = Math.min(
    design.nodes.maxPods,
    Number(pod.ips > 1_000_000n ? 1_000_000n : pod.ips),
  );
  const pods = BigInt(podsPerNode);
  const maxNodes = cloud
    ? ctx.nodeNetworkRoom / cloudAddressesPerNode(design, pods)
    : counts.usable;
  const calico = calicoBlockPlan(design, family);
  if (calico) {
    // Calico IPAM: nodes claim blocks as they fill, so maxPods sets the pods and the blocks the nodes.
    return {
      ...serviceFigures(service, design.kubernetesVersion),
      family,
      nodeSubnets: counts.nodeSubnets,
      usableNodeSubnets: counts.usable,
      withheldNodeSubnets: counts.withheld,
      podIPsPerNode: calico.affinePodIps,
      podsPerNode: calico.podsPerNode,
      podIPsRule: calico.rule,
      clusterPods: calico.maxNodes * BigInt(calico.podsPerNode),
      maxNodes: calico.maxNodes,
    };
  }
  return {
    family,
    nodeSubnets: counts.nodeSubnets,
    usableNodeSubnets: counts.usable,
    withheldNodeSubnets: counts.withheld,
    podIPsPerNode: pod.ips,
    podsPerNode,
    podIPsRule: pod.rule,
    clusterPods: (cloud ? maxNodes : counts.usable) * pods,
    maxNodes,
    ...serviceFigures(service, design.kubernetesVersion),
  };
}

/** The Service range's figures: allocatable IPs, `kubernetes` and DNS addresses, static band. */
function serviceFigures(service: Prefix, version: string) {
  return {
    serviceIPs: serviceIPCount(service, version),
    kubernetesServiceIP: kubernetesServiceIP(service),
    clusterDNSIP: clusterDNSIP(service),
    staticBand: serviceStaticBand(service),
  };
}

/**
 * The design's capacity: per family node ranges (withheld where the controller manager skips the
 * Service range), pod IPs and pods per node under the chosen allocator, cluster pods, Service
 * IPs and well-known addresses; node networks, LoadBalancer pools and NodePorts; nodes needed
 * (count plus headroom) and the cluster's node ceiling: the smallest of each family's node bound
 * and each family's node-network room (families without node networks set no room bound).
 * Every count is an exact bigint (reference/kubernetes.md 9, reference/cni.md 9).
 */
export function computeCapacity(design: Design): Capacity {
  const needed = nodesNeededFor(design.nodes);
  const nodeNetworks = nodeNetworkCapacities(design);
  const room = { ipv4: 0n, ipv6: 0n };
  const hasNetwork = { ipv4: false, ipv6: false };
  for (const n of nodeNetworks) {
    room[n.family] += n.usable;
    hasNetwork[n.family] = true;
  }
  const capacity: Capacity = {
    nodesNeeded: needed,
    maxNodes: 0n,
    nodeNetworks,
    nodeNetworkRoom: room,
    lbPools: lbPoolCapacities(design),
    nodePorts: nodePortCapacity(design.nodePortRange),
  };
  const bounds: bigint[] = [];
  for (const family of FAMILIES) {
    if (!design.ipFamilies.includes(family)) continue;
    const fc = familyCapacity(design, family, {
      nodeNetworkRoom: room[family],
      nodesNeeded: needed,
    });
    if (!fc) continue;
    capacity[family] = fc;
    bounds.push(fc.maxNodes);
    if (hasNetwork[family]) bounds.push(room[family]);
  }
  capacity.maxNodes = bounds.reduce((a, b) => (b < a ? b : a), bounds[0] ?? 0n);
  return capacity;
}
