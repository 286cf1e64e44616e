import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { RULES } from "./registry.ts";
import { runRules } from "./runRules.ts";

const RANK = { error: 0, warning: 1, info: 2 } as const;
const OVERLAP_RULES = new Set([
  "overlap-pods-services",
  "overlap-node-networks",
  "overlap-external",
  "overlap-pod-ranges",
]);

describe("runRules on generated designs", () => {
  it("never throws, sorts by severity, only uses registered ids and is deterministic", () => {
    const ids = new Set(RULES.map((r) => r.id));
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const found = runRules(design);
        for (let i = 1; i < found.length; i++) {
          expect(RANK[found[i - 1]!.severity]).toBeLessThanOrEqual(RANK[found[i]!.severity]);
        }
        for (const f of found) expect(ids.has(f.rule)).toBe(true);
        expect(runRules(design)).toEqual(found);
      }),
      { numRuns: 150 },
    );
  });

  it("reports no cross-role overlap errors on designs that are disjoint by construction", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const overlaps = runRules(design).filter(
          (f) => OVERLAP_RULES.has(f.rule) && f.severity === "error",
        );
        expect(overlaps).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
