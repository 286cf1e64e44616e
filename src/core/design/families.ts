import { defaultFamilyPlan } from "./defaults.ts";
import type { Edit } from "./edit.ts";
import type { Design, FamilyPlan } from "./schema.ts";
import { FAMILIES, type Family } from "../ip/family.ts";
import { prefixOf } from "../ip/prefix.ts";
import { ok, type Result } from "../result.ts";

/** How the cluster's IP families are chosen in the UI. */
export type FamilyMode = "ipv4" | "ipv6" | "dual";

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
 * family switched on takes back its parked plan or the kubeadm-like defaultFamilyPlan; a family
 * switched off loses its plan (the caller may park it).
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
  return { design: next, defaulted };
}

/** The node networks a dual-stack design gets for a family that has none. */
const DUAL_STACK_NODE_NETWORK: Record<Family, { name: string; cidr: string }> = {
  ipv4: { name: "nodes-v4", cidr: "10.0.0.0/22" },
  ipv6: { name: "nodes-v6", cidr: "fd00:1::/64" },
};

/**
 * Chooses the active families from the UI's mode, primary first (setFamilies); dual-stack also
 * adds an IPv6 (or IPv4) node network if none exists.
 */
export function setIpFamilies(
  d: Design,
  mode: FamilyMode,
  primary: Family,
  parked: ParkedPlans,
): Result<Edit> {
  const families: Family[] =
    mode === "dual" ? (primary === "ipv4" ? ["ipv4", "ipv6"] : ["ipv6", "ipv4"]) : [mode];
  const { design: next } = setFamilies(d, families, parked);
  if (mode === "dual") {
    const networks = [...d.nodes.networks];
    for (const family of families) {
      if (!networks.some((n) => prefixOf(n.cidr)?.family === family)) {
        networks.push({ ...DUAL_STACK_NODE_NETWORK[family] });
      }
    }
    next.nodes = { ...d.nodes, networks };
  }
  return ok({ design: next });
}
