import { useMemo } from "react";
import type { Design } from "../../core/design/schema.ts";
import type { Family } from "../../core/ip/family.ts";
import type { Scene } from "../../layout/scene.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { cellFacts } from "./cellFacts.ts";
import { mapOptions } from "./mapOptions.ts";
import type { MapOption } from "./renderedOptions.ts";

export type { MapOption } from "./renderedOptions.ts";

/**
 * The accessible name of an option (the cell's facts in words); a `start-end` pool's option names
 * the pool's range as its label and row write it (its cell is the pool's largest block).
 */
export function optionName(option: MapOption, design: Design): string {
  return cellFacts(option.cell, design, option.range).accessibleName;
}

/**
 * The map's accessible options (see mapOptions), at most the first `limit` (optionsWanted),
 * remade when the scene, focus or limit changes.
 */
export function useMapOptions(
  scene: Scene | undefined,
  focused: Cell | undefined,
  family: Family,
  limit = Number.POSITIVE_INFINITY,
): MapOption[] {
  return useMemo(() => mapOptions(scene, focused, family, limit), [scene, focused, family, limit]);
}
