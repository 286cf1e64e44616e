import { freeCiliumClusterId } from "../cni/ciliumClusterMesh.ts";
import { applyFix } from "../design/applyFix.ts";
import { defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import { formatPrefix, lastAddress } from "../ip/prefix.ts";
import type { Family } from "../ip/family.ts";
import { fail, ok, type Result } from "../result.ts";
import { analyseDesign } from "../analysis/analyseDesign.ts";
import { growingAvoid, type GrowingAvoid } from "../solve/growingAvoid.ts";
import { avoidSet } from "../solve/freeBlocks.ts";
import { avoidSetFor } from "../solve/rangesToAvoid.ts";
import { clusterRanges, cidrOfRange, nextFreeClearOf } from "./clusterRanges.ts";
import { clashingRoles } from "./planOverlaps.ts";
import { freeClusterName, MAX_PLAN_CLUSTERS, type ClusterRouting, type Plan } from "./plan.ts";

/** A proposed new plan and an optional note for the user. */
export interface PlanEdit {
  plan: Plan;
  note?: string;
}

const withNote = (plan: Plan, notes: string[]): PlanEdit =>
  notes.length > 0 ? { plan, note: notes.join("; ") } : { plan };

/**
 * `design` with every pod range, node network, CIDR LoadBalancer pool and (unless the clusters
 * are isolated) Service range that shares addresses with another cluster of `plan` moved to the
 * next free block of its size (core's nextFreeBlock, the private block holding it first), clear
 * of every other cluster, of the ranges already placed and of the design's own ranges to avoid
 * (external ranges stay where they are). Each move goes through applyFix, so it
 * is the edit typing the value would make. Refused when no private block has room.
 */
export function placeClearOf(
  plan: Plan,
  design: Design,
): Result<{ design: Design; moved: string[] }> {
  const roles = clashingRoles(plan.routing);
  const others = clusterRanges(plan.clusters)
    .filter((r) => roles.has(r.role))
    .map((r) => r.range);
  const own = analyseDesign(design).context.ranges;
  // The design's own ranges to avoid stay where they are: a moved block must not land on them.
  const ownExternal = own.filter((r) => r.role === "external").map((r) => r.range);
  // Per family: what the design's ranges may not overlap (the other clusters' blocks and the
  // ranges placed so far), and what a moved block must avoid besides (the special ranges and
  // the design's own ranges to avoid).
  const placed = new Map<Family, { taken: GrowingAvoid; avoid: GrowingAvoid }>();
  const sets = (family: Family) => {
    let s = placed.get(family);
    if (!s) {
      const ofFamily = others.filter((r) => r.family === family);
      s = {
        taken: growingAvoid(avoidSet(family, ofFamily)),
        avoid: growingAvoid(avoidSetFor(design.cni, family, [...ofFamily, ...ownExternal])),
      };
      placed.set(family, s);
    }
    return s;
  };
  const changes: Record<string, string> = {};
  const moved: string[] = [];
  for (const r of own) {
    if (!roles.has(r.role)) continue;
    const { taken, avoid } = sets(r.family);
    if (!taken.overlaps(r.range)) {
      taken.add(r.range);
      avoid.add(r.range);
      continue;
    }
    const prefix = cidrOfRange(r);
    if (!prefix) return fail(`${r.label} overlaps another cluster and is not a CIDR to move`);
    const found = nextFreeClearOf(avoid.set, prefix.length, prefix);
    if (!found) return fail(`no free /${prefix.length} is left for the ${r.label}`);
    changes[r.field] = formatPrefix(found);
    moved.push(`${r.label} → ${formatPrefix(found)}`);
    const block = { family: found.family, first: found.network, last: lastAddress(found) };
    taken.add(block);
    avoid.add(block);
  }
  if (moved.length === 0) return ok({ design, moved });
  const edit = applyFix(design, { summary: "clear of the other clusters", changes });
  return edit.ok ? ok({ design: edit.value.design, moved }) : edit;
}

/** Gives Cilium clusters of the plan that have no cluster.id the next free ones (notes say which). */
function withClusterIds(plan: Plan, indices: readonly number[], notes: string[]): Plan {
  const clusters = [...plan.clusters];
  const taken = clusters.flatMap((d) =>
    d.cni.kind === "cilium" && d.cni.clusterId ? [d.cni.clusterId] : [],
  );
  for (const i of indices) {
    const d = clusters[i]!;
    if (d.cni.kind !== "cilium" || d.cni.clusterId) continue;
    const id = freeCiliumClusterId(taken);
    if (id === undefined) continue;
    taken.push(id);
    clusters[i] = { ...d, cni: { ...d.cni, clusterId: id } };
    notes.push(`"${d.name}" gets Cilium cluster.id ${id}`);
  }
  return { ...plan, clusters };
}

function insertCluster(plan: Plan, design: Design, at: number, source?: number): Result<PlanEdit> {
  if (plan.clusters.length >= MAX_PLAN_CLUSTERS) {
    return fail(`a plan holds at most ${MAX_PLAN_CLUSTERS} clusters`);
  }
  const named = { ...design, name: freeClusterName(plan, design.name) };
  const placed = placeClearOf(plan, named);
  if (!placed.ok) return placed;
  const clusters = [...plan.clusters];
  clusters.splice(at, 0, placed.value.design);
  const notes =
    placed.value.moved.length > 0
      ? [`moved clear of the other clusters: ${placed.value.moved.join(", ")}`]
      : [];
  const ids = source === undefined ? [at] : [source < at ? source : source + 1, at];
  const next =
    plan.routing === "connected"
      ? withClusterIds({ ...plan, clusters }, ids, notes)
      : { ...plan, clusters };
  return ok(withNote(next, notes));
}

/**
 * Adds a cluster after the others: `design` (default: the app's default design), under a name no
 * cluster has, with its ranges moved clear of the other clusters (placeClearOf) and, for Cilium in
 * a connected plan, the next free cluster.id.
 */
export function addCluster(plan: Plan, design: Design = defaultDesign()): Result<PlanEdit> {
  return insertCluster(plan, design, plan.clusters.length);
}

/**
 * A copy of cluster `index`, right after it: the same settings under a new name (`name-2`, …),
 * ranges moved clear of every other cluster by the solver, and, for Cilium in a connected plan,
 * cluster.ids for the source (when it had none) and the copy.
 */
export function duplicateCluster(plan: Plan, index: number): Result<PlanEdit> {
  const source = plan.clusters[index];
  if (!source) return fail(`the plan has no cluster ${index + 1}`);
  const copy =
    source.cni.kind === "cilium"
      ? { ...source, cni: { ...source.cni, clusterId: undefined } }
      : source;
  return insertCluster(plan, copy, index + 1, index);
}

/** Removes cluster `index`; the last cluster of a plan stays. */
export function removeCluster(plan: Plan, index: number): Result<PlanEdit> {
  if (!plan.clusters[index]) return fail(`the plan has no cluster ${index + 1}`);
  if (plan.clusters.length === 1) return fail("a plan keeps at least one cluster");
  return ok({ plan: { ...plan, clusters: plan.clusters.filter((_, i) => i !== index) } });
}

/** Refuses a name another cluster of the plan has (exports and `--cluster NAME` pick by name). */
export function checkClusterName(plan: Plan, index: number, name: string): Result<void> {
  const other = plan.clusters.findIndex((c, i) => i !== index && c.name === name);
  return other < 0
    ? ok(undefined)
    : fail(`cluster ${other + 1} is already named "${name}"; each cluster needs its own name`);
}

/** Puts `design` in place of cluster `index` (its name must stay unique in the plan). */
export function replaceCluster(plan: Plan, index: number, design: Design): Result<PlanEdit> {
  if (!plan.clusters[index]) return fail(`the plan has no cluster ${index + 1}`);
  const named = checkClusterName(plan, index, design.name);
  if (!named.ok) return named;
  const clusters = [...plan.clusters];
  clusters[index] = design;
  return ok({ plan: { ...plan, clusters } });
}

/** Says whether the plan's clusters route to each other. */
export function setClusterRouting(plan: Plan, routing: ClusterRouting): PlanEdit {
  return { plan: { ...plan, routing } };
}
