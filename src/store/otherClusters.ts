import type { AddressRange } from "../core/ip/range.ts";
import { clusterRanges } from "../core/plan/clusterRanges.ts";
import type { AppState } from "./createAppStore.ts";

/** Every range of the plan's clusters but the active one (what a proposal or a free block avoids). */
export function otherClustersRanges(
  state: Pick<AppState, "plan" | "activeCluster">,
): AddressRange[] {
  const others = state.plan.clusters.filter((_, i) => i !== state.activeCluster);
  return clusterRanges(others).map((r) => r.range);
}
