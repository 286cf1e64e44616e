import type { Design } from "../design/schema.ts";
import {
  CLUSTER_ROUTINGS,
  MAX_PLAN_CLUSTERS,
  PLAN_FORMAT_VERSION,
  singleClusterPlan,
  type ClusterRouting,
  type Plan,
} from "../plan/plan.ts";
import { fail, ok, type Result } from "../result.ts";
import { describeValue, quote, safeMessage } from "./quote.ts";
import { restoreDesign } from "./restore.ts";
import { isRecord, POLLUTING_KEYS } from "./untrusted.ts";

/** A plan that passed the gate, with what was changed or assumed on the way in. */
export interface RestoredPlan {
  plan: Plan;
  /** Plain sentences, each naming its cluster when the plan has several. */
  notices: string[];
}

/** The keys of a plan envelope, in the order files and links write them. */
const PLAN_KEYS = ["planVersion", "routing", "clusters"] as const;

/** True for data shaped as a plan of several clusters (an object with a `clusters` key). */
export function isPlanData(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && Object.hasOwn(data, "clusters");
}

/** Checks the envelope's own keys and version; the clusters are checked one by one after. */
function envelope(
  input: Record<string, unknown>,
): Result<{ routing: ClusterRouting; notices: string[] }> {
  const notices: string[] = [];
  for (const key of Reflect.ownKeys(input)) {
    if (typeof key !== "string") return fail("symbol keys are refused");
    if (POLLUTING_KEYS.has(key)) {
      return fail(
        `refused: the key ${quote(key)} could tamper with built-in objects (prototype pollution)`,
      );
    }
    if (!(PLAN_KEYS as readonly string[]).includes(key) && key !== "$schema") {
      notices.push(safeMessage(`${key} is not part of a plan and was ignored`));
    }
  }
  const version = input.planVersion;
  if (version === undefined) {
    notices.push(
      `planVersion was missing; the data was read as plan version ${PLAN_FORMAT_VERSION}`,
    );
  } else if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(`planVersion: ${describeValue(version)} is not a plan version (1, 2, …)`);
  } else if (version > PLAN_FORMAT_VERSION) {
    return fail(
      `planVersion: this plan was made by a newer version of the app (plan ${version}); this version reads plan ${PLAN_FORMAT_VERSION}`,
    );
  }
  const routing = input.routing ?? "connected";
  const known = CLUSTER_ROUTINGS.find((r) => r === routing);
  if (!known) {
    return fail(
      `routing: ${describeValue(routing)} is not one of ${CLUSTER_ROUTINGS.map((r) => `"${r}"`).join(", ")}`,
    );
  }
  return ok({ routing: known, notices });
}

/**
 * The gate for a plan (share link, file, storage): a plan envelope `{ planVersion, routing,
 * clusters: [design, …] }` is checked key by key (polluting keys refused, unknown ones ignored
 * with a notice, a newer `planVersion` refused), holds 1 to {@link MAX_PLAN_CLUSTERS} clusters,
 * each through {@link restoreDesign} (its problems and notices name the cluster), with names
 * unique in the plan. Any other data is read as one design: a plan of one cluster. Never throws.
 */
export function restorePlan(input: unknown): Result<RestoredPlan> {
  if (!isPlanData(input)) {
    const one = restoreDesign(input);
    return one.ok
      ? ok({ plan: singleClusterPlan(one.value.design), notices: one.value.notices })
      : one;
  }
  const head = envelope(input);
  if (!head.ok) return head;
  const list = input.clusters;
  if (!Array.isArray(list))
    return fail(`clusters: ${describeValue(list)} is not a list of designs`);
  if (list.length === 0) return fail("clusters: a plan holds at least one cluster");
  if (list.length > MAX_PLAN_CLUSTERS) {
    return fail(`clusters: ${list.length} clusters, over the limit of ${MAX_PLAN_CLUSTERS}`);
  }
  const notices = [...head.value.notices];
  const clusters: Design[] = [];
  const byName = new Map<string, number>();
  for (const [i, item] of list.entries()) {
    const restored = restoreDesign(item);
    if (!restored.ok) return fail(`clusters[${i}]: ${restored.error}`);
    const design = restored.value.design;
    const other = byName.get(design.name);
    if (other !== undefined) {
      return fail(
        safeMessage(
          `clusters[${i}].name: "${design.name}" is already the name of clusters[${other}]; each cluster needs its own name`,
        ),
      );
    }
    byName.set(design.name, i);
    for (const notice of restored.value.notices)
      notices.push(safeMessage(`cluster "${design.name}": ${notice}`));
    clusters.push(design);
  }
  return ok({ plan: { clusters, routing: head.value.routing }, notices });
}
