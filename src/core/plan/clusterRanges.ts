import { analyseDesign } from "../analysis/analyseDesign.ts";
import type { Design } from "../design/schema.ts";
import { prefixOf, type Prefix } from "../ip/prefix.ts";
import type { RoleRange } from "../rules/rule.ts";
import { homeBudgets } from "../solve/fixes/placeBlock.ts";
import { nextFreeBlock, type AvoidSet } from "../solve/freeBlocks.ts";

/** One address block of one cluster of a plan. */
export interface ClusterRange extends RoleRange {
  cluster: number;
}

/**
 * Every address block of every cluster (core's role ranges: pods, Services, node networks,
 * LoadBalancer pools, external ranges), in cluster order then design order. Reads each design's
 * memoised analysis, so it costs one analysis per cluster.
 */
export function clusterRanges(clusters: readonly Design[]): ClusterRange[] {
  return clusters.flatMap((design, cluster) =>
    analyseDesign(design).context.ranges.map((r) => ({ ...r, cluster })),
  );
}

/**
 * The first free aligned block of `length` clear of `avoid` (core's avoidSetFor); the private block
 * holding `near` is tried first (core's nextFreeBlock). Undefined when no private block has room.
 */
export function nextFreeClearOf(
  avoid: AvoidSet,
  length: number,
  near: Prefix | undefined,
): Prefix | undefined {
  return nextFreeBlock(homeBudgets(avoid.family, near), avoid, length);
}

/** The CIDR of a role range written as a CIDR (pools written `start-end` give undefined). */
export function cidrOfRange(range: RoleRange): Prefix | undefined {
  return prefixOf(range.text);
}
