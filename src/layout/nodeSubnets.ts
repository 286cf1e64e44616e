import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import type { Prefix } from "../core/ip/prefix.ts";
import type { NodeSubnetKind } from "../core/plans/kinds.ts";
import type { Segment } from "./segments.ts";

/** The state of one node subnet of a pod range (core's plan kinds). */
export type NodeKind = NodeSubnetKind;

/** A pod range cut into node subnets of /`unitLength`, with runs of node-subnet indices by state. */
export interface NodeSubnetPlan {
  pod: Prefix;
  unitLength: number;
  count: bigint;
  segments: Segment<NodeKind>[];
}

/**
 * The node subnets of the pod ranges of `family` the allocator uses, as core's plans have them
 * (`core/plans/podRangePlans.ts`): geometry only, no rule of its own. Ranges nothing allocates
 * from (a second range under kube-controller-manager, every range in cloud-network modes) and
 * ranges shorter than the node mask yield no plan, so the map draws them whole.
 */
export function planNodeSubnets(design: Design, family: Family): NodeSubnetPlan[] {
  const plans = analyseDesign(design).plans?.[family]?.podRanges ?? [];
  return plans
    .filter((p) => !p.unused && p.nodeSubnets > 0n)
    .map((p) => ({
      pod: p.prefix,
      unitLength: p.nodeMask,
      count: p.nodeSubnets,
      segments: p.runs,
    }));
}
