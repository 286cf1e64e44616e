import type { Design } from "../core/design/schema.ts";
import { describeCni } from "../core/cni/describeCni.ts";
import { bitsOf, type Family } from "../core/ip/family.ts";
import {
  contains,
  intersection,
  parsePrefix,
  subnetCount,
  type Prefix,
} from "../core/ip/prefix.ts";
import { allocateSequentially, type Demand, type Segment } from "./segments.ts";

/** The state of one node subnet of a pod range. */
export type NodeKind = "node-allocated" | "node-headroom" | "node-free" | "node-withheld";

/** A pod range cut into node subnets of /`unitLength`, with runs of node-subnet indices by state. */
export interface NodeSubnetPlan {
  pod: Prefix;
  unitLength: number;
  count: bigint;
  segments: Segment<NodeKind>[];
}

/** Planned nodes including headroom: ceil(count x (1 + headroom/100)), in integers. */
export function nodesNeeded(count: number, headroomPercent: number): number {
  return Math.ceil((count * (100 + headroomPercent)) / 100);
}

/** Node-subnet indices of `pod` that touch `service`: [start, end), or undefined when disjoint. */
export function withheldRun(
  pod: Prefix,
  unitLength: number,
  service: Prefix,
): { start: bigint; end: bigint } | undefined {
  const shared = intersection(pod, service);
  if (!shared) return undefined;
  if (contains(service, pod)) return { start: 0n, end: subnetCount(pod, unitLength) };
  const shift = BigInt(bitsOf(pod.family) - unitLength);
  const start = (service.network - pod.network) >> shift;
  const span = service.length >= unitLength ? 1n : subnetCount(service, unitLength);
  return { start, end: start + span };
}

/**
 * How the allocator fills each pod range of `family`: the first planned nodes get allocated
 * subnets, then the headroom, the rest stays free; subnets touching the Service range are
 * withheld when the allocator knows the Service range (kube-controller-manager's
 * filterOutServiceRange) and skipped by allocation. Pod ranges are filled in order. A pod range
 * shorter than the node mask yields no plan.
 */
export function planNodeSubnets(design: Design, family: Family): NodeSubnetPlan[] {
  const plan = design[family];
  if (!plan || !design.ipFamilies.includes(family)) return [];
  const descriptor = describeCni(design.cni);
  if (!descriptor.usesPodRange) return [];
  const service = parsePrefix(plan.serviceCidr);
  const needed = nodesNeeded(design.nodes.count, design.nodes.headroomPercent);
  const demands: Demand<NodeKind>[] = [
    { kind: "node-allocated", count: BigInt(design.nodes.count) },
    { kind: "node-headroom", count: BigInt(needed - design.nodes.count) },
  ];
  const out: NodeSubnetPlan[] = [];
  for (const text of plan.podCidrs) {
    const parsed = parsePrefix(text);
    if (!parsed.ok || parsed.value.prefix.family !== family) continue;
    const pod = parsed.value.prefix;
    if (plan.nodeMask < pod.length) continue;
    const count = subnetCount(pod, plan.nodeMask);
    const run =
      descriptor.knowsServiceRange && service.ok
        ? withheldRun(pod, plan.nodeMask, service.value.prefix)
        : undefined;
    const segments = allocateSequentially(
      count,
      run ? [run] : [],
      "node-withheld",
      demands,
      "node-free",
    );
    out.push({ pod, unitLength: plan.nodeMask, count, segments });
  }
  return out;
}
