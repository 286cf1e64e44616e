import type { Design } from "../design/schema.ts";
import { FAMILIES } from "../ip/family.ts";
import { planDesign } from "../plans/planDesign.ts";
import type { DesignPlans, FamilyPlans } from "../plans/types.ts";
import { lbPoolCapacities } from "./lbPools.ts";
import { nodePortCapacity } from "./nodePorts.ts";
import { sumNodeSubnets } from "./nodeSubnets.ts";
import { ENI_PREFIX_SIZE } from "./podIpsPerNode.ts";
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

/** One family's capacity: sums over its pod-range plans, the node block and the Service plan. */
function familyCapacity(
  design: Design,
  plans: DesignPlans,
  f: FamilyPlans,
): FamilyCapacity | undefined {
  const service = f.service;
  if (!service) return undefined;
  const cloud = plans.cni.podIps === "cloud-network";
  const { nodeSubnets, withheld, usable } = sumNodeSubnets(f.podRanges);
  const ips = f.podIps.ips;
  const podsPerNode =
    f.calico?.podsPerNode ??
    Math.min(design.nodes.maxPods, Number(ips > 1_000_000n ? 1_000_000n : ips));
  const pods = BigInt(podsPerNode);
  // Calico IPAM: nodes claim blocks as they fill, so maxPods sets the pods and the blocks the nodes.
  const maxNodes =
    f.calico?.maxNodes ??
    (cloud && plans.platform
      ? plans.platform.maxNodes
      : cloud
        ? plans.nodeNetworkRoom[f.family] / cloudAddressesPerNode(design, pods)
        : usable);
  return {
    family: f.family,
    nodeSubnets,
    usableNodeSubnets: usable,
    withheldNodeSubnets: withheld,
    podIPsPerNode: ips,
    podsPerNode,
    podIPsRule: f.podIps.rule,
    clusterPods: maxNodes * pods,
    maxNodes,
    serviceIPs: service.serviceIPs,
    kubernetesServiceIP: service.kubernetesServiceIP,
    clusterDNSIP: service.clusterDNSIP,
    staticBand: service.staticBand,
  };
}

/**
 * The capacity of a design from its allocation plans: per family the node ranges (summed over
 * the pod ranges the allocator uses, withheld where the controller manager skips the Service
 * range), pod IPs and pods per node, cluster pods, Service IPs and well-known addresses; node
 * networks, LoadBalancer pools and NodePorts; nodes needed (count plus headroom) and the
 * cluster's node ceiling: the smallest of each family's node bound and each family's
 * node-network room (families without node networks set no room bound). Every count is an exact
 * bigint (reference/kubernetes.md 9, reference/cni.md 9).
 */
export function capacityFromPlans(design: Design, plans: DesignPlans): Capacity {
  const capacity: Capacity = {
    nodesNeeded: plans.nodesNeeded,
    maxNodes: 0n,
    nodeNetworks: plans.nodeNetworks,
    nodeNetworkRoom: plans.nodeNetworkRoom,
    lbPools: lbPoolCapacities(plans.lbPools),
    nodePorts: nodePortCapacity(design.nodePortRange),
  };
  const platform = plans.platform;
  if (platform) capacity.platform = platform;
  const bounds: bigint[] = platform ? [platform.maxNodes] : [];
  for (const family of FAMILIES) {
    const f = plans[family];
    const fc = f && familyCapacity(design, plans, f);
    if (!fc) continue;
    capacity[family] = fc;
    bounds.push(fc.maxNodes);
    if (plans.nodeNetworks.some((n) => n.family === family)) {
      bounds.push(plans.nodeNetworkRoom[family]);
    }
  }
  capacity.maxNodes = bounds.reduce((a, b) => (b < a ? b : a), bounds[0] ?? 0n);
  return capacity;
}

/** The design's capacity (see `capacityFromPlans`); plans the design first. */
export function computeCapacity(design: Design): Capacity {
  return capacityFromPlans(design, planDesign(design));
}
