import { nodesNeeded } from "../capacity/nodesNeeded.ts";
import { chooseCni } from "../design/chooseCni.ts";
import { defaultDesign, defaultFamilyPlan } from "../design/defaults.ts";
import type { Cni, Design } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { fail, ok, type Result } from "../result.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Requirements } from "./types.ts";

/** The schema's largest headroom, in percent (`nodes.headroomPercent`). */
const MAX_HEADROOM = 1000;

/** Nodes the ranges must hold: the larger of now and the maximum, plus the upgrade surge. */
export function nodesToHold(req: Requirements): number {
  return Math.max(req.nodes, req.maxNodes) + req.surge;
}

/**
 * The smallest headroom (percent) for which the design's nodes needed (`nodesNeeded`, count plus
 * headroom) reach `target` from `count` nodes now; a message when the schema's 1,000 % cap is too
 * little or there are no nodes now.
 */
export function headroomFor(count: number, target: number): Result<number> {
  if (target <= count) return ok(0);
  if (count === 0) return fail("give at least one node now: headroom is a percentage of it");
  let lo = 0;
  let hi = MAX_HEADROOM;
  if (nodesNeeded({ count, headroomPercent: hi, networks: [], maxPods: 1 }) < target) {
    return fail(
      `${formatCount(target)} nodes (maximum plus surge) is more than ${MAX_HEADROOM} % above the ${formatCount(count)} nodes now, the design's headroom limit`,
    );
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodesNeeded({ count, headroomPercent: mid, networks: [], maxPods: 1 }) >= target) hi = mid;
    else lo = mid + 1;
  }
  return ok(lo);
}

/**
 * The design the solver sizes against: the default design with the CNI chosen as the app chooses
 * it (`chooseCni`: consistent options, AKS's fixed mask), the families, the Kubernetes version,
 * nodes now with the headroom that reaches maximum plus surge, maxPods, no node networks, pools
 * or external ranges. Its ranges are placeholders until the solver places them.
 */
export function baseDesign(
  req: Requirements,
  cni: Cni,
  families: readonly Family[],
  kubernetesVersion?: string,
): Result<Design> {
  const headroom = headroomFor(req.nodes, nodesToHold(req));
  if (!headroom.ok) return headroom;
  const start = defaultDesign();
  const design: Design = {
    ...start,
    kubernetesVersion: kubernetesVersion ?? start.kubernetesVersion,
    ipFamilies: [...families],
    nodes: {
      networks: [],
      count: req.nodes,
      headroomPercent: headroom.value,
      maxPods: req.podsPerNode,
    },
  };
  delete design.ipv4;
  for (const family of families) design[family] = defaultFamilyPlan(family);
  return ok(chooseCni(design, cni).design);
}
