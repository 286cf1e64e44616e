import type { RangeItem } from "../../layout/rangeItems.ts";
import type { Rect } from "../../layout/rect.ts";
import type { Cell } from "../../layout/visibleCells.ts";

/**
 * One listbox option of a map: its cell's id, its DOM id and its cell (its accessible name is
 * `optionName`). A range's cell may be found only when first read (see mapOptions).
 */
export interface MapOption {
  id: string;
  domId: string;
  readonly cell: Cell;
  /**
   * For a range drawn as its blocks in a tile of its own (a `start-end` pool in the plan view,
   * whose cell is its largest block): that tile, where its label is drawn.
   */
  tile?: Rect;
  /**
   * For a `start-end` range drawn as several blocks (its cell one of them): that range, with its
   * span, which the option's name gives as written (itemText).
   */
  range?: RangeItem;
}

/**
 * Options a map's listbox puts in the page at most (beyond: the active and selected ones too):
 * the ranges table, with its filter, is the way through a design of thousands of ranges.
 */
export const MAX_MAP_OPTIONS = 300;

/**
 * The options to render: all of a small map; the first `max` (MAX_MAP_OPTIONS) and the active
 * and selected ones of a large one. Before the page's first paint `max` is 0: only the active
 * and selected options, the rest in the render after it (ADR 0042).
 */
export function renderedOptions(
  options: readonly MapOption[],
  activeId: string | undefined,
  selectedId: string | undefined,
  max: number = MAX_MAP_OPTIONS,
): readonly MapOption[] {
  if (options.length <= max) return options;
  return options.filter((o, i) => i < max || o.id === activeId || o.id === selectedId);
}

/**
 * How many of a map's options (in order) this render needs: before the page's first paint
 * renderedOptions puts only the active and selected options in the page, after it the first
 * MAX_MAP_OPTIONS and those two; so with neither active nor selected (as on every open) the
 * first pass needs none and the next the first MAX_MAP_OPTIONS. Making one option per range of
 * a large design waits until a keyboard or selection needs one past them (ADR 0093).
 */
export function optionsWanted(
  firstPass: boolean,
  activeId: string | undefined,
  selectedId: string | undefined,
): number {
  if (activeId !== undefined || selectedId !== undefined) return Number.POSITIVE_INFINITY;
  return firstPass ? 0 : MAX_MAP_OPTIONS;
}

/** A rectangle as an option's data attributes write it, for tests and tools: `x,y,width,height` to 0.01. */
export function rectAttr(r: Rect): string {
  return [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(",");
}
