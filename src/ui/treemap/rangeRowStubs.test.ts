import { describe, expect, it } from "vitest";
import { planDesigns, withPools } from "../../../test/layout/planDesigns.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import type { Scene } from "../../layout/scene.ts";
import { allRows, rangeRowStubs, rangeRows } from "./rangeRows.ts";

/** Overlapping, nested and shared-block pools (CIDRs and `start-end` runs) over the default design. */
const pools = withPools([
  "10.0.0.10-10.0.3.20",
  "10.0.0.10-10.0.3.20",
  "10.0.0.0/22",
  "10.0.0.0-10.0.4.255",
  "10.0.1.0-10.0.1.255",
  "10.0.2.7-10.0.9.9",
  "10.244.3.0/24",
  "192.168.0.1-192.168.0.254",
]);

const designs = [...planDesigns(), { name: "overlapping pools", design: pools }];

describe("rows worked out when asked for", () => {
  it.each(designs)("stubs name the rows they make, in any order ($name)", ({ design }) => {
    for (const family of design.ipFamilies) {
      const plan = buildPlanScene(design, family, 800) as Scene;
      const rows = rangeRows(plan, design);
      const stubs = rangeRowStubs(plan, design);
      expect(stubs.every((s) => s.row() !== undefined)).toBe(true);
      expect(stubs.map((s) => [s.id, s.kind, s.field])).toEqual(
        rows.map((r) => [r.id, r.kind, r.field]),
      );
      // Asked for from the last row back (overlap notes made at the first ask): the same rows.
      const late = rangeRowStubs(plan, design);
      const backwards = [...late].reverse().map((s) => s.row());
      expect(backwards.reverse()).toEqual(rows);
      expect(allRows(late)).toEqual(rows);
    }
  });

  it("remembers a row once made", () => {
    const plan = buildPlanScene(pools, "ipv4", 800) as Scene;
    const stubs = rangeRowStubs(plan, pools);
    for (const s of stubs) expect(s.row()).toBe(s.row());
    const noted = allRows(stubs).filter((r) => r.notes.some((n) => n.startsWith("overlaps ")));
    expect(noted.length).toBeGreaterThan(4);
  });
});
