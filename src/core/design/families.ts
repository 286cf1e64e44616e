import { defaultFamilyPlan } from "./defaults.ts";
import type { Edit } from "./edit.ts";
import type { Design, FamilyPlan } from "./schema.ts";
import { FAMILIES, type Family } from "../ip/family.ts";
import { fail, ok, type Result } from "../result.ts";
import { familyModesFor, servesFamilies, type FamilyMode } from "../cni/familyModes.ts";
import { fixedSettingAt } from "../cni/fixedSettings.ts";
import { settleEdit } from "./settleEdit.ts";

export type { FamilyMode } from "../cni/familyModes.ts";

/** Plans kept for families switched off, restored when they are switched on again. */
export type ParkedPlans = Partial<Record<Family, FamilyPlan>>;

/** The design with its families switched, and which families were switched on afresh. */
export interface FamilySwitch {
  design: Design;
  /** Families that had no plan in the design and none parked: they got defaultFamilyPlan. */
  defaulted: Family[];
}

/**
 * Makes `families` (primary first) the design's active families. A family kept keeps its plan; a
 * family switched on takes back its parked plan or the kubeadm-like defaultFamilyPlan, with the
 * node mask the CNI fixes for it (fixedSettings: AKS's /80 of IPv6 per node); a family switched
 * off loses its plan (the caller may park it). The app's family switch and the CLI's family flags
 * both come here.
 */
export function setFamilies(
  d: Design,
  families: readonly Family[],
  parked: ParkedPlans = {},
): FamilySwitch {
  const next: Design = { ...d, ipFamilies: [...families] };
  const defaulted: Family[] = [];
  for (const family of FAMILIES) {
    if (!families.includes(family)) {
      delete next[family];
      continue;
    }
    const kept = d[family] ?? parked[family];
    if (!kept) defaulted.push(family);
    next[family] = kept ?? defaultFamilyPlan(family);
  }
  for (const family of families) {
    const plan = next[family];
    const fixed = fixedSettingAt(next, `${family}.nodeMask`);
    if (d[family] || !plan || !fixed || plan.nodeMask === fixed.value) continue;
    next[family] = { ...plan, nodeMask: Number(fixed.value) };
  }
  return { design: next, defaulted };
}

/**
 * Chooses the active families from the UI's mode, primary first (setFamilies); a mode the CNI
 * does not serve is refused with the reason (`familyModesFor`). A family switched on afresh gets
 * the defaults `settleEdit` sizes: Calico's block size, a pod range for the planned nodes, a node
 * network of the primary family.
 */
export function setIpFamilies(
  d: Design,
  mode: FamilyMode,
  primary: Family,
  parked: ParkedPlans,
): Result<Edit> {
  const served = familyModesFor(d.cni);
  if (!servesFamilies(served, mode, primary)) return fail(served.reason ?? `${mode} is not served`);
  const families: Family[] =
    mode === "dual" ? (primary === "ipv4" ? ["ipv4", "ipv6"] : ["ipv6", "ipv4"]) : [mode];
  const { design: next } = setFamilies(d, families, parked);
  const settled = settleEdit(d, next);
  return ok(
    settled.notes.length > 0
      ? { design: settled.design, note: settled.notes.join("; ") }
      : { design: settled.design },
  );
}
