import { useMemo } from "react";
import type { MapOption } from "./renderedOptions.ts";
import type { Design } from "../../core/design/schema.ts";
import type { Family } from "../../core/ip/family.ts";
import { cellById } from "../../layout/cellById.ts";
import { cellFacts } from "./cellFacts.ts";
import type { Scene } from "../../layout/scene.ts";
import { overlapCell, type Cell } from "../../layout/visibleCells.ts";
import { overlapRunCell } from "../../layout/runCells.ts";

export type { MapOption } from "./renderedOptions.ts";

/** The accessible name of an option (the cell's facts in words). */
export function optionName(option: MapOption, design: Design): string {
  return cellFacts(option.cell, design).accessibleName;
}

/**
 * The map's accessible options: every range (and plan-view gap) in view (however small it is
 * drawn, so tiny ranges stay keyboard reachable; a range cut into several blocks by its first
 * block), every overlap, and the focused cell when it is none of those.
 */
export function useMapOptions(
  scene: Scene | undefined,
  focused: Cell | undefined,
  family: Family,
): MapOption[] {
  return useMemo(() => {
    if (!scene) return [];
    const seen = new Set<string>();
    const cells: Cell[] = [];
    // One option per range (a start-end pool drawn as hundreds of blocks is one option).
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
    return cells.map((c, i) => ({ cell: c, domId: `tm-${family}-${i}` }));
  }, [scene, focused, family]);
}
