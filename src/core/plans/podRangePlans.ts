import { lookup } from "../lookup.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design } from "../design/schema.ts";
import { bitsOf, type Family } from "../ip/family.ts";
import { contains, overlaps, prefixOf, subnetCount, type Prefix } from "../ip/prefix.ts";
import type { NodeSubnetKind } from "./kinds.ts";
import { allocateSequentially, type Demand, type Run } from "./runs.ts";

/** One pod range cut into node subnets, and what the node-range allocator does with each. */
export interface PodRangePlan {
  family: Family;
  /** Position in the family's `podCidrs` (the design field is `<family>.podCidrs.<index>`). */
  index: number;
  /** The range, host bits cleared (as `netutils.ParseCIDRSloppy` reads it). */
  prefix: Prefix;
  /** Node subnet length (the family's node mask). */
  nodeMask: number;
  /** Node subnets the range splits into: 2^(nodeMask − prefix length); 0n when the mask is shorter. */
  nodeSubnets: bigint;
  /** Why nothing ever allocates from this range; undefined when the allocator uses it. */
  unused: string | undefined;
  /** Node subnets withheld because they touch the Service range (closed form, never listed). */
  withheld: bigint;
  /** Node-subnet indices by state, in runs (empty when the range is unused or holds no subnet). */
  runs: Run<NodeSubnetKind>[];
}

/**
 * Node-subnet indices of `pod` at /`nodeMask` that touch `service`, as one run [start, end):
 * what kube-controller-manager's `filterOutServiceRange` marks used at start-up. All of them
 * when the Service range holds the pod range, 2^(nodeMask − service prefix) when the Service
 * range spans several node subnets, 1 when it sits inside one; undefined when disjoint.
 */
export function withheldRun(
  pod: Prefix,
  nodeMask: number,
  service: Prefix,
): { start: bigint; end: bigint } | undefined {
  if (nodeMask < pod.length || pod.family !== service.family || !overlaps(pod, service)) {
    return undefined;
  }
  if (contains(service, pod)) return { start: 0n, end: subnetCount(pod, nodeMask) };
  const start = (service.network - pod.network) >> BigInt(bitsOf(pod.family) - nodeMask);
  const span = service.length >= nodeMask ? 1n : 1n << BigInt(nodeMask - service.length);
  return { start, end: start + span };
}

/** Why the allocator never reads the pod range at `index`, or undefined when it does. */
function unusedReason(cni: IpamDescriptor, index: number, pod: Prefix, nodeMask: number) {
  const max = cni.maxPodCidrsPerFamily;
  if (max === 0) {
    return `${cni.label} takes pod IPs from the node networks: nothing allocates from this pod range.`;
  }
  if (index >= max) {
    return cni.nodeRanges === "kube-controller-manager"
      ? "kube-controller-manager allocates node ranges only from the first pod range of each family (--cluster-cidr takes one CIDR per family): nothing ever allocates from this range."
      : `${cni.label} uses only the first ${max === 1 ? "pod range" : `${max} pod ranges`} of each family: nothing ever allocates from this range.`;
  }
  if (nodeMask < pod.length) {
    return `The node mask /${nodeMask} is shorter than this /${pod.length} range: no node subnet fits in it.`;
  }
  return undefined;
}

/**
 * How the node-range allocator fills each pod range of `family`: the first planned nodes get
 * allocated subnets, then the growth headroom, the rest stays free; subnets touching the Service
 * range are withheld where the allocator knows it (`cni.knowsServiceRange`, the controller
 * manager) and skipped. Ranges are filled in order; a range the allocator never reads (beyond
 * `cni.maxPodCidrsPerFamily`, every range in cloud-network modes) is marked unused with the
 * reason. Entries that do not parse as this family are left out (the rules report them). Work is
 * linear in the number of pod ranges, whatever their size. Each node takes `subnetsPerNode`
 * node subnets (Calico blocks a node fills at full pod density; 1 elsewhere).
 */
export function planPodRanges(
  design: Design,
  family: Family,
  cni: IpamDescriptor,
  nodesNeeded: number,
  subnetsPerNode = 1n,
): PodRangePlan[] {
  const plan = design[family];
  if (!plan) return [];
  const service = cni.knowsServiceRange ? prefixOf(plan.serviceCidr) : undefined;
  const demands: Demand<NodeSubnetKind>[] = [
    { kind: "node-allocated", count: BigInt(design.nodes.count) * subnetsPerNode },
    {
      kind: "node-headroom",
      count: BigInt(Math.max(0, nodesNeeded - design.nodes.count)) * subnetsPerNode,
    },
  ];
  const out: PodRangePlan[] = [];
  plan.podCidrs.forEach((text, index) => {
    const prefix = prefixOf(text);
    if (!prefix || prefix.family !== family) return;
    const nodeSubnets = subnetCount(prefix, plan.nodeMask);
    const unused = unusedReason(cni, index, prefix, plan.nodeMask);
    const run = !unused && service ? withheldRun(prefix, plan.nodeMask, service) : undefined;
    const runs = unused
      ? []
      : allocateSequentially(nodeSubnets, run ? [run] : [], "node-withheld", demands, "node-free");
    out.push({
      family,
      index,
      prefix,
      nodeMask: plan.nodeMask,
      nodeSubnets,
      unused,
      withheld: run ? run.end - run.start : 0n,
      runs,
    });
  });
  return out;
}

const blockKey = (p: PodRangePlan): string => `${p.prefix.network}/${p.prefix.length}`;

/** The plan of the pod range `prefix` among `plans`, matched by its exact block (a table lookup). */
export function podRangePlanOf(
  plans: readonly PodRangePlan[],
  prefix: Prefix,
): PodRangePlan | undefined {
  return lookup(plans, blockKey, `${prefix.network}/${prefix.length}`);
}
