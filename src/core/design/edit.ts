import type { Design, FamilyPlan } from "./schema.ts";
import type { Family } from "../ip/family.ts";
import { fail, ok, type Result } from "../result.ts";

/** A proposed new design and an optional note for the field that caused it. */
export interface Edit {
  design: Design;
  note?: string;
}

/** An edit with its note, leaving the note out when there is none. */
export const withNote = (design: Design, note: string | undefined): Edit =>
  note === undefined ? { design } : { design, note };

/** The plan of a family, or a message when the family is off. */
export function familyPlan(design: Design, family: Family): Result<FamilyPlan> {
  const plan = design[family];
  return plan ? ok(plan) : fail(`the design has no ${family} plan`);
}

/**
 * Replaces fields of a family's plan with values as given (no parsing: callers that take text
 * from a user normalise it first, or keep it as typed so the rules can report it). Refused
 * when the family is off.
 */
export function patchFamilyPlan(
  design: Design,
  family: Family,
  patch: Partial<FamilyPlan>,
): Result<Design> {
  const plan = familyPlan(design, family);
  return plan.ok ? ok({ ...design, [family]: { ...plan.value, ...patch } }) : plan;
}
