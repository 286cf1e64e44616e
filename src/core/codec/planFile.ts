import type { Design } from "../design/schema.ts";
import { PLAN_FORMAT_VERSION, type Plan } from "../plan/plan.ts";
import { fail, type Result } from "../result.ts";
import { orderDesignKeys } from "./canonical.ts";
import { readFileJson, serializeDesign } from "./designFile.ts";
import { restorePlan, type RestoredPlan } from "./restorePlan.ts";
import { withoutUnusedBlocks } from "./unusedBlocks.ts";

/** The plain data of a plan as files and links carry it: the design alone for one cluster. */
export function planData(plan: Plan): unknown {
  const write = (d: Design) => withoutUnusedBlocks(orderDesignKeys(d));
  if (plan.clusters.length === 1) return write(plan.clusters[0]!);
  return {
    planVersion: PLAN_FORMAT_VERSION,
    routing: plan.routing,
    clusters: plan.clusters.map(write),
  };
}

/**
 * Writes a plan as a file (ADR 0110): a plan of one cluster is exactly that design's file
 * ({@link serializeDesign}, byte for byte), so nothing changes for single designs; several
 * clusters are `{ "planVersion": 1, "routing": …, "clusters": [design, …] }`, each design as a
 * design file writes it. Pretty JSON, 2-space indent, trailing newline.
 */
export function serializePlan(plan: Plan): string {
  if (plan.clusters.length === 1) return serializeDesign(plan.clusters[0]!);
  return `${JSON.stringify(planData(plan), null, 2)}\n`;
}

/**
 * Reads a design file or a plan file (the limits and messages of a design file: input limit,
 * JSON syntax with line and column, `"$schema"` ignored) through {@link restorePlan}.
 */
export function parsePlanFile(text: string): Result<RestoredPlan> {
  const data = readFileJson(text);
  if (!data.ok) return data;
  const restored = restorePlan(data.value);
  return restored.ok ? restored : fail(`This file cannot be opened: ${restored.error}`);
}
