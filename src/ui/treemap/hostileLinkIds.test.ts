import { describe, expect, it } from "vitest";
import { hostileLinkDesign } from "../../../test/core/codec/hostileLinks.ts";
import { cellById } from "../../layout/cellById.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { collectRanges } from "../../layout/rangeItems.ts";
import type { Scene } from "../../layout/scene.ts";
import { mapOptions } from "./mapOptions.ts";
import { rangeRowStubs } from "./rangeRows.ts";
import { optionName } from "./useMapOptions.ts";

// Issue 13's 64-pool link: 64 nested `start-end` pools once shared one id, so every option read
// "p1 …" and p37's row selected p1 (ADR 0113).
describe.each(["ipv6", "ipv4"] as const)("the 64-pool %s link", (family) => {
  const design = hostileLinkDesign(family);
  const plan = buildPlanScene(design, family, 1200) as Scene;
  const pools = collectRanges(design, family).filter((i) => i.role === "lb");

  it("gives every range its own id, and every pool an option named after it", () => {
    const items = collectRanges(design, family);
    expect(pools).toHaveLength(64);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    if (family === "ipv6") expect(items).toHaveLength(66);
    const options = mapOptions(plan, undefined, family);
    expect(new Set(options.map((o) => o.id)).size).toBe(options.length);
    const names = options
      .filter((o) => o.cell.item?.role === "lb")
      .map((o) => optionName(o, design));
    expect(new Set(names).size).toBe(64);
    pools.forEach((pool, i) => expect(names[i], pool.name).toContain(`"${pool.name}"`));
  });

  it("selects p37 from p37's row, and marks only p37's row and option", () => {
    const stubs = rangeRowStubs(plan, design);
    expect(new Set(stubs.map((s) => s.id)).size).toBe(stubs.length);
    const row = stubs.find((s) => s.row()?.name === "p37");
    if (!row) throw new Error("no row p37");
    // What the table's click does (FamilyMap): the plan's cell of the row's id is selected.
    const cell = cellById(plan, row.id);
    expect(cell?.item?.name).toBe("p37");
    expect(cell?.item?.field).toBe("loadBalancer.pools.36.range");
    // The map then reads the selection back by the cell's id; the table marks rows by it.
    const selected = cellById(plan, cell?.id ?? "");
    expect(selected?.item?.name).toBe("p37");
    const marked = stubs.filter(
      (s) => s.id === selected?.item?.id || (!!s.field && s.field === selected?.item?.field),
    );
    expect(marked.map((s) => s.row()?.name)).toEqual(["p37"]);
    const options = mapOptions(plan, selected, family).filter((o) => o.id === selected?.id);
    expect(options).toHaveLength(1);
    expect(optionName(options[0]!, design)).toContain(`"p37"`);
  });
});
