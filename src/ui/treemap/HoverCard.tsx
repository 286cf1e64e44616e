import { useLayoutEffect, useState, type RefObject } from "react";
import type { Design } from "../../core/design/schema.ts";
import { cellFacts } from "./cellFacts.ts";
import { ROLE_LABEL } from "../../layout/rangeItems.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { Tooltip } from "./Tooltip.tsx";

/** The hovered cell and the pointer position in CSS px relative to the map. */
export interface Hover {
  cell: Cell;
  x: number;
  y: number;
}

/**
 * The tooltip of a map, with its own state: the map pushes hovers through `show` (filled in on
 * mount), so a hover re-renders only this card, never the whole map.
 */
export function HoverCard({
  design,
  width,
  height,
  show,
}: {
  design: Design;
  /** Map size in CSS px, to keep the card inside it. */
  width: number;
  height: number;
  show: RefObject<(hover: Hover | undefined) => void>;
}) {
  const [hover, setHover] = useState<Hover | undefined>(undefined);
  useLayoutEffect(() => {
    show.current = setHover;
    return () => {
      show.current = () => undefined;
    };
  }, [show]);
  if (!hover) return null;
  return (
    <Tooltip
      facts={cellFacts(hover.cell, design)}
      x={Math.min(hover.x + 14, Math.max(0, width - 260))}
      y={Math.min(hover.y + 14, Math.max(0, height - 170))}
      owner={
        hover.cell.item && hover.cell.units
          ? `${ROLE_LABEL[hover.cell.item.role]} ${hover.cell.item.source}`
          : undefined
      }
    />
  );
}
