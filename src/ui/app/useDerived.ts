import type { Finding } from "../../core/rules/finding.ts";
import type { Capacity } from "../../core/capacity/types.ts";
import type { DesignPlans } from "../../core/plans/types.ts";
import type { PlanFinding } from "../../core/plan/planFinding.ts";
import {
  capacityOf,
  findingsOf,
  findingsWithFixesOf,
  columnFindingsOf,
  plansOf,
} from "../../store/derived.ts";
import { useAppStore } from "./useAppStore.ts";

/** The current design's findings, memoized per design. */
export function useFindings(): Finding[] {
  return findingsOf(useAppStore((s) => s.design));
}

/** The current design's findings with the fixes the solver offers, memoized per design. */
export function useFindingsWithFixes(): Finding[] {
  return findingsWithFixesOf(useAppStore((s) => s.design));
}

/** The current design's capacity (null if it could not be computed), memoized per design. */
export function useCapacity(): Capacity | null {
  return capacityOf(useAppStore((s) => s.design));
}

/** The current design's allocation plans (null if they could not be made), memoized per design. */
export function usePlans(): DesignPlans | null {
  return plansOf(useAppStore((s) => s.design));
}

/** The Findings column's list: across the plan's clusters first, then the active design's own. */
export function useColumnFindings(): (Finding | PlanFinding)[] {
  return columnFindingsOf(
    useAppStore((s) => s.plan),
    useAppStore((s) => s.design),
  );
}
