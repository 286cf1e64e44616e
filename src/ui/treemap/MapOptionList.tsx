import { memo } from "react";
import { useFirstPass } from "../controls/firstPass.ts";
import type { Design } from "../../core/design/schema.ts";
import { optionName, type MapOption } from "./useMapOptions.ts";
import { MAX_MAP_OPTIONS, rectAttr, renderedOptions } from "./renderedOptions.ts";

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
 * neither names its few hundred options again nor re-renders them. Only a keyboard or screen
 * reader user reaches them: before the page's first paint only the active and selected ones
 * are rendered, the rest in the render after it (ADR 0042).
 */
export const MapOptionList = memo(function MapOptionList({
  options,
  focusId,
  selectedId,
  design,
}: MapOptionListProps) {
  const max = useFirstPass() ? 0 : MAX_MAP_OPTIONS;
  return renderedOptions(options, focusId, selectedId, max).map((o) => (
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
