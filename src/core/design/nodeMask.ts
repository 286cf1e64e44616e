import { familyPlan, patchFamilyPlan, type Edit } from "./edit.ts";
import type { Design } from "./schema.ts";
import { bitsOf, type Family } from "../ip/family.ts";
import { fail, ok, type Result } from "../result.ts";

/** Sets the per-node prefix length (`--node-cidr-mask-size-ipv4/-ipv6`). */
export function setNodeMask(d: Design, family: Family, mask: number): Result<Edit> {
  const plan = familyPlan(d, family);
  if (!plan.ok) return plan;
  if (!Number.isInteger(mask) || mask < 0 || mask > bitsOf(family)) {
    return fail(`the node mask must be a whole number from 0 to ${bitsOf(family)}`);
  }
  const next = patchFamilyPlan(d, family, { nodeMask: mask });
  return next.ok ? ok({ design: next.value }) : next;
}
