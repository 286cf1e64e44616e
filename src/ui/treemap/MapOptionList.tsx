import { memo } from "react";
import type { Design } from "../../core/design/schema.ts";
import { optionName, type MapOption } from "./useMapOptions.ts";
import { rectAttr, renderedOptions } from "./renderedOptions.ts";

/** Props of a map's listbox options. */
export interface MapOptionListProps {
  options: readonly MapOption[];
  focusId: string | undefined;
  selectedId: string | undefined;
  design: Design;
}

/**
 * The listbox options a map puts in the page (renderedOptions), each named in words
 * (optionName). Memoised: a map re-rendering for anything else (hover, a size or a paint)
 * neither names its few hundred options again nor re-renders them.
 */
export const MapOptionList = memo(function MapOptionList({
  options,
  focusId,
  selectedId,
  design,
}: MapOptionListProps) {
  return renderedOptions(options, focusId, selectedId).map((o) => (
    <div
      key={o.id}
      id={o.domId}
      role="option"
      className="tm-sr-only"
      aria-selected={o.id === selectedId}
      data-cell-id={o.id}
      data-kind={o.cell.kind}
      data-rect={rectAttr(o.cell.rect)}
      data-tile={o.tile && rectAttr(o.tile)}
    >
      {optionName(o, design)}
    </div>
  ));
});
