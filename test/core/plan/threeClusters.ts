import { defaultDesign } from "../../../src/core/design/defaults.ts";
import { duplicateCluster } from "../../../src/core/plan/clusterEdits.ts";
import { singleClusterPlan, type Plan } from "../../../src/core/plan/plan.ts";

/**
 * A valid plan of three default-sized clusters named east, west and lab (duplicates, so every
 * range is moved clear of the others by core's own cluster edit).
 */
export function threeClusterPlan(): Plan {
  let plan = singleClusterPlan({ ...defaultDesign(), name: "east" });
  for (const from of [0, 1]) {
    const copy = duplicateCluster(plan, from);
    if (!copy.ok) throw new Error(copy.error);
    plan = copy.value.plan;
  }
  const names = ["east", "west", "lab"];
  return { ...plan, clusters: plan.clusters.map((d, i) => ({ ...d, name: names[i]! })) };
}
