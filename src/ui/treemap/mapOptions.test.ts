import { describe, expect, it } from "vitest";
import type { Design } from "../../core/design/schema.ts";
import { cellById } from "../../layout/cellById.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { overlapRunCell } from "../../layout/runCells.ts";
import type { Scene } from "../../layout/scene.ts";
import { overlapCell, type Cell } from "../../layout/visibleCells.ts";
import { planDesigns, withPools } from "../../../test/layout/planDesigns.ts";
import { mapOptions } from "./mapOptions.ts";

/** The options as they were made before cells were found lazily: every cell found at once. */
function eagerOptions(scene: Scene, focused: Cell | undefined): Cell[] {
  const seen = new Set<string>();
  const cells: Cell[] = [];
  for (const l of scene.layers) {
    const id = l.item?.id ?? (l.type === "static" && l.span ? l.id : undefined);
    const key = l.item ? `field:${l.item.field}` : id;
    if (!id || !key || seen.has(key)) continue;
    seen.add(key);
    const c = cellById(scene, id);
    if (c) cells.push(c);
  }
  for (const o of scene.overlaps) {
    if (seen.has(o.overlap.id)) continue;
    seen.add(o.overlap.id);
    const cell = o.run ? overlapRunCell(o, o.overlap) : overlapCell(o);
    if (cell) cells.push(cell);
  }
  if (focused && !cells.some((c) => c.id === focused.id)) cells.push(focused);
  return cells;
}

/** Overlapping, nested and shared-block pools (CIDRs and `start-end` runs) over the default design. */
const pools = (): Design =>
  withPools([
    "10.0.0.10-10.0.3.20",
    "10.0.0.10-10.0.3.20",
    "10.0.0.0/22",
    "10.0.1.0-10.0.1.255",
    "10.0.2.7-10.0.9.9",
    "10.244.3.0/24",
    "192.168.0.1-192.168.0.254",
  ]);

const designs = [...planDesigns(), { name: "overlapping pools", design: pools() }];

describe("mapOptions", () => {
  it.each(designs)("gives exactly the eager options and cells ($name)", ({ design }) => {
    for (const family of design.ipFamilies) {
      const scene = buildPlanScene(design, family, 900) as Scene;
      const want = eagerOptions(scene, undefined);
      const got = mapOptions(scene, undefined, family);
      expect(got.map((o) => o.id)).toEqual(want.map((c) => c.id));
      expect(got.map((o) => o.domId)).toEqual(want.map((_, i) => `tm-${family}-${i}`));
      // Read back to front: a cell found late is the cell found at once.
      expect([...got].reverse().map((o) => o.cell)).toEqual([...want].reverse());
    }
  });

  it.each(designs)(
    "with a limit, gives the first options of the full list ($name)",
    ({ design }) => {
      for (const family of design.ipFamilies) {
        const scene = buildPlanScene(design, family, 900) as Scene;
        const all = mapOptions(scene, undefined, family);
        for (const limit of [0, 1, 3, all.length - 1, all.length, all.length + 5]) {
          const got = mapOptions(scene, undefined, family, limit);
          const want = all.slice(0, Math.max(0, limit));
          expect(got.map((o) => [o.id, o.domId, o.tile])).toEqual(
            want.map((o) => [o.id, o.domId, o.tile]),
          );
        }
      }
    },
  );

  it("adds the focused cell only when no option is it", () => {
    const design = pools();
    const scene = buildPlanScene(design, "ipv4", 900) as Scene;
    const all = mapOptions(scene, undefined, "ipv4");
    const first = all[0] as (typeof all)[number];
    expect(mapOptions(scene, first.cell, "ipv4")).toHaveLength(all.length);
    const node = cellById(scene, "ipv4:10.244.0.0/24:node") as Cell;
    expect(node).toBeDefined();
    const withNode = mapOptions(scene, node, "ipv4");
    expect(withNode).toHaveLength(all.length + 1);
    expect(withNode.at(-1)).toMatchObject({ id: node.id, cell: node });
    expect(withNode.at(-1)?.domId).toBe(`tm-ipv4-${all.length}`);
    expect(eagerOptions(scene, node).at(-1)).toBe(node);
  });

  it("gives a start-end pool's option its tile, holding its cell; other options none", () => {
    const design = pools();
    const scene = buildPlanScene(design, "ipv4", 900) as Scene;
    const runs = new Map(scene.layers.flatMap((l) => (l.type === "run" ? [[l.id, l]] : [])));
    const options = mapOptions(scene, undefined, "ipv4");
    expect(options.filter((o) => o.tile)).toHaveLength(runs.size);
    expect(runs.size).toBe(4);
    for (const o of options) {
      const run = runs.get(o.id);
      expect(o.tile).toBe(run?.rect);
      if (!o.tile) continue;
      const { x, y, width, height } = o.cell.rect;
      expect(x >= o.tile.x && y >= o.tile.y).toBe(true);
      expect(x + width <= o.tile.x + o.tile.width && y + height <= o.tile.y + o.tile.height).toBe(
        true,
      );
    }
  });

  it("finds no range's cell until its option is read", () => {
    const design = pools();
    const scene = buildPlanScene(design, "ipv4", 900) as Scene;
    const options = mapOptions(scene, undefined, "ipv4");
    const descriptor = Object.getOwnPropertyDescriptor(options[0], "cell");
    expect(descriptor?.get).toBeTypeOf("function");
    expect(options[0]?.cell).toBe(options[0]?.cell);
  });
});
