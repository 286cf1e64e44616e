import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import type { Capacity } from "../core/capacity/types.ts";
import type { Design } from "../core/design/schema.ts";
import type { DesignPlans } from "../core/plans/types.ts";
import type { Plan } from "../core/plan/plan.ts";
import type { PlanFinding } from "../core/plan/planFinding.ts";
import { planFindings } from "../core/plan/planFindings.ts";
import type { Finding } from "../core/rules/finding.ts";
import { findingsWithFixes } from "../core/solve/fixes/withFixes.ts";

/** The design's findings (errors first), from its one memoised analysis. */
export function findingsOf(design: Design): Finding[] {
  return analyseDesign(design).findings;
}

/** The design's findings with the fixes core's solver offers (memoised per design). */
export function findingsWithFixesOf(design: Design): Finding[] {
  return findingsWithFixes(design);
}

/**
 * The design's capacity, from its one memoised analysis; null only if the computation throws
 * (a bug in core), so the UI keeps working and the findings still show.
 */
export function capacityOf(design: Design): Capacity | null {
  return analyseDesign(design).capacity ?? null;
}

/** The design's allocation plans (what the map draws); null only if planning throws. */
export function plansOf(design: Design): DesignPlans | null {
  return analyseDesign(design).plans ?? null;
}

/**
 * What the Findings column lists: the plan's findings across clusters (they lead to a field of
 * their cluster), then the active design's own with their fixes. A plan of one cluster without
 * plan findings gives the design's list itself.
 */
export function columnFindingsOf(plan: Plan, design: Design): (Finding | PlanFinding)[] {
  const across = planFindings(plan);
  const own = findingsWithFixes(design);
  return across.length === 0 ? own : [...across, ...own];
}
