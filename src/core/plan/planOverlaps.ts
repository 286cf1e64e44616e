import { CILIUM_CLUSTER_MESH } from "../cni/ciliumClusterMesh.ts";
import { earlierOverlaps } from "../ip/boundedOverlaps.ts";
import { formatPrefix } from "../ip/prefix.ts";
import type { Fix, Severity } from "../rules/finding.ts";
import type { RangeRole } from "../rules/rule.ts";
import type { AvoidSet } from "../solve/freeBlocks.ts";
import { avoidSetFor } from "../solve/rangesToAvoid.ts";
import { clusterRanges, cidrOfRange, nextFreeClearOf, type ClusterRange } from "./clusterRanges.ts";
import type { ClusterRouting, Plan } from "./plan.ts";
import type { PlanFinding } from "./planFinding.ts";

/** The roles compared across clusters; external ranges are networks clusters may share. */
const COMPARED: ReadonlySet<RangeRole> = new Set(["pods", "services", "nodes", "lb"]);

/** Rule ids, one per kind of clash. */
export const PLAN_OVERLAP_RULES = {
  pods: "plan-pod-ranges-distinct",
  services: "plan-service-ranges-distinct",
  nodes: "plan-node-networks-distinct",
  lb: "plan-lb-pools-distinct",
} as const;

/** The compared roles but Services, which may repeat across clusters that never route to each other. */
const COMPARED_ISOLATED: ReadonlySet<RangeRole> = new Set(["pods", "nodes", "lb"]);

/**
 * The roles whose blocks may not share addresses across clusters: any two of them clash. Pods,
 * Services, node networks and LoadBalancer pools (external ranges are networks clusters may
 * share), Services only while the clusters route to each other.
 */
export function clashingRoles(routing: ClusterRouting): ReadonlySet<RangeRole> {
  return routing === "isolated" ? COMPARED_ISOLATED : COMPARED;
}

/**
 * Whether a block of role `a` of one cluster may not share addresses with a block of role `b` of
 * another (see clashingRoles). The map hatches what this says (layout/planScene.ts), as the
 * findings report it.
 */
export function clashesAcross(a: RangeRole, b: RangeRole, routing: ClusterRouting): boolean {
  const roles = clashingRoles(routing);
  return roles.has(a) && roles.has(b);
}

/** Which rule a clash of two roles belongs to: the most demanding role of the pair. */
function ruleOf(a: RangeRole, b: RangeRole): keyof typeof PLAN_OVERLAP_RULES {
  for (const role of ["pods", "lb", "services"] as const) if (a === role || b === role) return role;
  return "nodes";
}

/** What a clash breaks, and how bad it is, by rule. */
function consequence(kind: keyof typeof PLAN_OVERLAP_RULES): {
  severity: Severity;
  text: string;
  source: string;
} {
  switch (kind) {
    case "pods":
      return {
        severity: "error",
        text: `Cilium ClusterMesh requires it: "${CILIUM_CLUSTER_MESH.podCidrRequirement}" Any clusters that route to each other need the same: a pod address must name one pod`,
        source: CILIUM_CLUSTER_MESH.guide,
      };
    case "services":
      return {
        severity: "error",
        text: "clusters that route to each other must not reuse Service addresses: a Service IP of one cluster hides the same address in the other (mark the plan's clusters as never routing to each other if they never do)",
        source: "design (plan of several clusters)",
      };
    case "lb":
      return {
        severity: "error",
        text: "two clusters would announce the same LoadBalancer addresses",
        source: "design (plan of several clusters)",
      };
    case "nodes":
      return {
        severity: "warning",
        text: "both clusters' nodes take addresses from it; fine only when the clusters share this subnet on purpose",
        source: "design (plan of several clusters)",
      };
  }
}

/**
 * The fix moving `range` of its cluster to the first free block of its size clear of every
 * cluster (`avoid`: every block of the plan in its family and its cluster's special ranges; see
 * moveAvoids). The range's own block may stay in the set: it overlaps another cluster's block,
 * so no aligned block of its size that meets it is free anyway.
 */
function moveFix(plan: Plan, avoid: AvoidSet, range: ClusterRange): Fix[] {
  const prefix = cidrOfRange(range);
  if (!prefix) return [];
  const design = plan.clusters[range.cluster]!;
  const found = nextFreeClearOf(avoid, prefix.length, prefix);
  if (!found) return [];
  const cidr = formatPrefix(found);
  return [
    {
      summary: `move ${range.label} of "${design.name}" to ${cidr}, the next /${found.length} free of every cluster`,
      changes: { [range.field]: cidr },
    },
  ];
}

/**
 * The avoid set of each cluster and family, built on first use: every block of the plan in that
 * family plus the cluster's special ranges. One sort per cluster and family, not per finding.
 */
function moveAvoids(plan: Plan, all: readonly ClusterRange[]) {
  const sets = new Map<string, AvoidSet>();
  return (range: ClusterRange): AvoidSet => {
    const key = `${range.cluster}:${range.family}`;
    let set = sets.get(key);
    if (!set) {
      const design = plan.clusters[range.cluster]!;
      set = avoidSetFor(
        design.cni,
        range.family,
        all.map((r) => r.range),
      );
      sets.set(key, set);
    }
    return set;
  };
}

/**
 * Address blocks of different clusters that share addresses: pods (error, ClusterMesh's
 * requirement), LoadBalancer pools (error), Services (error unless the plan's clusters are
 * `isolated`: then any pair with a Service range is allowed), node networks (warning: clusters
 * may share a subnet on purpose). One finding per block of the later cluster, naming the first
 * earlier cluster's block it overlaps, with a fix moving it to the next free block. One bounded
 * overlap query over all clusters' ranges (ADR 0077).
 */
export function planOverlapFindings(plan: Plan): PlanFinding[] {
  if (plan.clusters.length < 2) return [];
  const all = clusterRanges(plan.clusters);
  const roles = clashingRoles(plan.routing);
  const compared = all.filter((r) => roles.has(r.role));
  const avoidOf = moveAvoids(plan, all);
  const out: PlanFinding[] = [];
  // clusterRanges lists the clusters in order, so every block of an earlier cluster comes before
  // every block of a later one: a block's first earlier overlap is in another cluster exactly
  // when some earlier cluster's block overlaps it, and is then the first of those.
  const ranges = compared.map((r) => r.range);
  for (const hit of earlierOverlaps(ranges, 1)) {
    const b = compared[hit.owner]!;
    const a = compared[hit.others[0]!]!;
    if (a.cluster === b.cluster) continue;
    const kind = ruleOf(a.role, b.role);
    const c = consequence(kind);
    const nameA = plan.clusters[a.cluster]!.name;
    const nameB = plan.clusters[b.cluster]!.name;
    const fixes = moveFix(plan, avoidOf(b), b);
    out.push({
      rule: PLAN_OVERLAP_RULES[kind],
      severity: c.severity,
      fields: [b.field],
      message: `Cluster "${nameB}": ${b.label} overlaps ${a.label} of cluster "${nameA}"; ${c.text}.`,
      fix: fixes[0]
        ? `Move it: ${fixes[0].summary}.`
        : `Give it addresses no other cluster of the plan uses.`,
      source: c.source,
      cluster: b.cluster,
      clusterName: nameB,
      otherClusters: [nameA],
      ...(fixes.length > 0 ? { fixes } : {}),
    });
  }
  return out;
}
