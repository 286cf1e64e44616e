import type { Cell } from "../../layout/visibleCells.ts";

/** One listbox option of a map: its cell and DOM id (its accessible name is `optionName`). */
export interface MapOption {
  cell: Cell;
  domId: string;
}

/**
 * Options a map's listbox puts in the page at most (beyond: the active and selected ones too):
 * the ranges table, with its filter, is the way through a design of thousands of ranges.
 */
export const MAX_MAP_OPTIONS = 300;

/** The options to render: all of a small map; the first MAX_MAP_OPTIONS and the active and selected ones of a large one. */
export function renderedOptions(
  options: readonly MapOption[],
  activeId: string | undefined,
  selectedId: string | undefined,
): readonly MapOption[] {
  if (options.length <= MAX_MAP_OPTIONS) return options;
  return options.filter(
    (o, i) => i < MAX_MAP_OPTIONS || o.cell.id === activeId || o.cell.id === selectedId,
  );
}
