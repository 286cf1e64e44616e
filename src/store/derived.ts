import type { Design } from "../core/design/schema.ts";
import type { Capacity } from "../core/capacity/types.ts";
import { computeCapacity } from "../core/capacity/computeCapacity.ts";
import type { Finding } from "../core/rules/finding.ts";
import { runRules } from "../core/rules/runRules.ts";

/** Memoizes a pure function of the design by the design's identity (each commit makes a new object). */
function byDesign<T>(compute: (design: Design) => T): (design: Design) => T {
  const cache = new WeakMap<Design, T>();
  return (design) => {
    const hit = cache.get(design);
    if (hit !== undefined) return hit;
    const value = compute(design);
    cache.set(design, value);
    return value;
  };
}

/** The design's findings (errors first); computed once per design object. */
export const findingsOf = byDesign((design): Finding[] => runRules(design));

/**
 * The design's capacity; null only if the computation throws (a bug in core), so the UI
 * keeps working and the findings still show.
 */
export const capacityOf = byDesign((design): Capacity | null => {
  try {
    return computeCapacity(design);
  } catch {
    return null;
  }
});
