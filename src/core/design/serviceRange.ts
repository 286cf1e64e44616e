import { familyPlan, patchFamilyPlan, withNote, type Edit } from "./edit.ts";
import { normaliseCidr } from "./normaliseCidr.ts";
import type { Design } from "./schema.ts";
import type { Family } from "../ip/family.ts";
import { ok, type Result } from "../result.ts";

/**
 * Sets a family's Service range (`--service-cluster-ip-range` entry). By default the text is
 * normalised (canonical, host bits cleared with a note); `asTyped` keeps the text as given, as
 * the CLI's `--service-cidr` does, so the rules can report host bits.
 */
export function setServiceCidr(
  d: Design,
  family: Family,
  text: string,
  options: { asTyped?: boolean } = {},
): Result<Edit> {
  if (options.asTyped) {
    const next = patchFamilyPlan(d, family, { serviceCidr: text });
    return next.ok ? ok({ design: next.value }) : next;
  }
  const plan = familyPlan(d, family);
  if (!plan.ok) return plan;
  const cidr = normaliseCidr(text, family);
  if (!cidr.ok) return cidr;
  const next = patchFamilyPlan(d, family, { serviceCidr: cidr.value.text });
  return next.ok ? ok(withNote(next.value, cidr.value.note)) : next;
}
