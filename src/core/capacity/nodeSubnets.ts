import { describeCni } from "../cni/describeCni.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { lastAddress, type Prefix } from "../ip/prefix.ts";
import { planPodRanges, withheldRun, type PodRangePlan } from "../plans/podRangePlans.ts";
import { nodesNeeded } from "./nodesNeeded.ts";

/** Node ranges of one family: how many the pod ranges split into, withheld, and usable. */
export interface NodeSubnetCounts {
  nodeSubnets: bigint;
  withheld: bigint;
  usable: bigint;
}

/**
 * The used pod-range plans with every range that lies inside another used range left out, so
 * overlapping ranges count their addresses once (two prefixes either nest or are disjoint; the
 * overlap itself is the `overlap-pod-ranges` finding). Sorted by network then length, one pass.
 */
function outermostRanges(podRanges: readonly PodRangePlan[]): PodRangePlan[] {
  const used = podRanges
    .filter((p) => !p.unused)
    .sort((a, b) =>
      a.prefix.network === b.prefix.network
        ? a.prefix.length - b.prefix.length
        : a.prefix.network < b.prefix.network
          ? -1
          : 1,
    );
  const out: PodRangePlan[] = [];
  let coverEnd = -1n;
  for (const p of used) {
    if (p.prefix.network <= coverEnd) continue;
    out.push(p);
    coverEnd = lastAddress(p.prefix);
  }
  return out;
}

/**
 * Node-range counts summed over the pod-range plans the allocator uses (ranges marked unused,
 * such as a second `--cluster-cidr` of one family, add nothing; a range inside another used
 * range adds nothing either: its addresses are already counted).
 */
export function sumNodeSubnets(podRanges: readonly PodRangePlan[]): NodeSubnetCounts {
  let nodeSubnets = 0n;
  let withheld = 0n;
  for (const pod of outermostRanges(podRanges)) {
    nodeSubnets += pod.nodeSubnets;
    withheld += pod.withheld;
  }
  return { nodeSubnets, withheld, usable: nodeSubnets - withheld };
}

/**
 * Node-range counts of one family of the design (see `planPodRanges`): withheld only when the
 * allocator knows the Service range; zero for a family the design lacks and in cloud-network
 * modes.
 */
export function nodeSubnetCounts(
  design: Design,
  family: Family,
  cni: IpamDescriptor = describeCni(design.cni),
): NodeSubnetCounts {
  return sumNodeSubnets(planPodRanges(design, family, cni, nodesNeeded(design.nodes)));
}

/**
 * Node ranges of `pod` at /`nodeMask` that touch `service` (kube-controller-manager's
 * `filterOutServiceRange`), counted in closed form from `withheldRun`.
 */
export function withheldNodeSubnets(pod: Prefix, nodeMask: number, service: Prefix): bigint {
  const run = withheldRun(pod, nodeMask, service);
  return run ? run.end - run.start : 0n;
}
