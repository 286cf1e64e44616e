import { describeCni } from "../cni/describeCni.ts";
import type { Design } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { contains, overlaps, prefixOf, subnetCount, type Prefix } from "../ip/prefix.ts";

/** Node ranges of one family: how many the pod ranges split into, withheld, and usable. */
export interface NodeSubnetCounts {
  nodeSubnets: bigint;
  withheld: bigint;
  usable: bigint;
}

/**
 * The pod ranges the node-range allocator reads: none in cloud-network modes, only the first
 * where the mode takes one CIDR per family (kube-controller-manager `--cluster-cidr`), else all.
 * Host bits are cleared, as `netutils.ParseCIDRSloppy` does.
 */
export function countedPodRanges(design: Design, family: Family): Prefix[] {
  const plan = design[family];
  const max = describeCni(design.cni).maxPodCidrsPerFamily;
  if (!plan || max === 0) return [];
  return plan.podCidrs
    .slice(0, max)
    .map(prefixOf)
    .filter((p): p is Prefix => p !== undefined && p.family === family);
}

/** Node ranges of size /`nodeMask` in one pod range: 2^(nodeMask - prefix), 0n when the mask is shorter than the prefix. */
export function nodeSubnetsIn(pod: Prefix, nodeMask: number): bigint {
  return subnetCount(pod, nodeMask);
}

/**
 * Node ranges of `pod` at /`nodeMask` that touch `service`: what kube-controller-manager's
 * `filterOutServiceRange` marks used at start-up. Counted in closed form, never by listing
 * ranges: all of them when the Service range holds the pod range, 2^(nodeMask - service prefix)
 * when the Service range spans several node ranges, 1 when it sits inside one.
 */
export function withheldNodeSubnets(pod: Prefix, nodeMask: number, service: Prefix): bigint {
  if (nodeMask < pod.length || !overlaps(pod, service)) return 0n;
  if (contains(service, pod)) return subnetCount(pod, nodeMask);
  return service.length >= nodeMask ? 1n : 1n << BigInt(nodeMask - service.length);
}

/**
 * Node-range counts of one family: summed over the counted pod ranges; withheld only when the
 * allocator knows the Service range (`describeCni(cni).knowsServiceRange`, i.e. the controller
 * manager allocates). Zero for a family the design lacks and in cloud-network modes.
 */
export function nodeSubnetCounts(design: Design, family: Family): NodeSubnetCounts {
  const plan = design[family];
  if (!plan) return { nodeSubnets: 0n, withheld: 0n, usable: 0n };
  const service = describeCni(design.cni).knowsServiceRange
    ? prefixOf(plan.serviceCidr)
    : undefined;
  let nodeSubnets = 0n;
  let withheld = 0n;
  for (const pod of countedPodRanges(design, family)) {
    nodeSubnets += nodeSubnetsIn(pod, plan.nodeMask);
    if (service?.family === family) withheld += withheldNodeSubnets(pod, plan.nodeMask, service);
  }
  return { nodeSubnets, withheld, usable: nodeSubnets - withheld };
}
