import { defaultDesign } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { parsePlanFile } from "../core/codec/planFile.ts";
import { replaceCluster } from "../core/plan/clusterEdits.ts";
import { clusterIndexOf, singleClusterPlan, type Plan } from "../core/plan/plan.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { applyFlags, type FlaggedDesign } from "./applyFlags.ts";
import type { DesignFlags } from "./designFlags.ts";
import { errorText, inputName, type CliIo } from "./io.ts";

/** The plan a command works on, and the cluster it picked. */
export interface LoadedPlan {
  plan: Plan;
  /** The cluster picked by `--cluster` (or the only one); undefined: every cluster of a plan. */
  index: number | undefined;
  /** `plan.clusters[index]`, with the flags applied. */
  design: Design | undefined;
  notes: string[];
}

const names = (plan: Plan) => plan.clusters.map((d) => d.name).join(", ");
const hasFlags = (flags: DesignFlags) => Object.values(flags).some((v) => v !== undefined);

/**
 * The plan a command works on: the design or plan file read through parsePlanFile (or the
 * default design when there is none), the cluster `--cluster NAME` picks (a plan of one cluster
 * picks its one), with the design flags applied to that cluster. Flags on a plan of several
 * clusters need `--cluster`. The file's restore notices become notes. Failures name the file
 * path or the flag, ready for stderr.
 */
export async function loadPlan(
  io: CliIo,
  file: string | undefined,
  flags: DesignFlags,
  cluster?: string,
): Promise<Result<LoadedPlan>> {
  let plan = singleClusterPlan(defaultDesign());
  const notes: string[] = [];
  if (file !== undefined) {
    const name = inputName(file);
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      return fail(`cannot read ${name}: ${errorText(error)}`);
    }
    const parsed = parsePlanFile(text);
    if (!parsed.ok) return fail(`${name}: ${parsed.error}`);
    plan = parsed.value.plan;
    for (const notice of parsed.value.notices) notes.push(`${name}: ${notice}`);
  }
  let index: number | undefined = plan.clusters.length === 1 ? 0 : undefined;
  if (cluster !== undefined) {
    index = clusterIndexOf(plan, cluster);
    if (index < 0)
      return fail(`--cluster: no cluster is named "${cluster}"; the plan has ${names(plan)}`);
  }
  if (index === undefined) {
    if (hasFlags(flags)) {
      return fail(
        `design flags change one cluster: the plan has ${names(plan)}; add --cluster NAME`,
      );
    }
    return ok({ plan, index, design: undefined, notes });
  }
  const flagged = applyFlags(plan.clusters[index]!, flags);
  if (!flagged.ok) return flagged;
  const placed = replaceCluster(plan, index, flagged.value.design);
  if (!placed.ok) return fail(`--name: ${placed.error}`);
  for (const note of flagged.value.notes) notes.push(note);
  return ok({ plan: placed.value.plan, index, design: flagged.value.design, notes });
}

/**
 * The one design a command works on ({@link loadPlan}); a plan of several clusters needs
 * `--cluster NAME`, and the message lists the clusters.
 */
export async function loadDesign(
  io: CliIo,
  file: string | undefined,
  flags: DesignFlags,
  cluster?: string,
): Promise<Result<FlaggedDesign & { plan: Plan; index: number }>> {
  const loaded = await loadPlan(io, file, flags, cluster);
  if (!loaded.ok) return loaded;
  const { plan, index, design, notes } = loaded.value;
  if (index === undefined || !design) {
    return fail(
      `the plan has ${plan.clusters.length} clusters (${names(plan)}); pick one with --cluster NAME`,
    );
  }
  return ok({ design, notes, plan, index });
}
