import { type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import type { Scene } from "../../layout/scene.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { arrowStep, isArrow } from "./arrowStep.ts";
import type { Hover } from "./HoverCard.tsx";
import { cellAtClient, mapBoxOf } from "./pointer.ts";
import type { MapNavigation } from "./useMapNavigation.ts";
import type { PanZoom } from "./zoomController.ts";

/** What the pointer and keyboard handlers need from the map. */
export interface PointerInput {
  mapRef: RefObject<HTMLDivElement | null>;
  scene: Scene | undefined;
  transform: RefObject<PanZoom>;
  hoverRef: RefObject<Hover | undefined>;
  showHover: RefObject<(hover: Hover | undefined) => void>;
  draw: () => void;
  nav: MapNavigation;
  choose: (cell: Cell | undefined) => void;
  focused: Cell | undefined;
  setFocusId: (id: string | undefined) => void;
}

/** The map's event handlers. */
export interface MapPointer {
  setHover: (next: Hover | undefined) => void;
  handlers: {
    onPointerMove: (e: PointerEvent<HTMLDivElement>) => void;
    onPointerLeave: () => void;
    onClick: (e: { clientX: number; clientY: number }) => void;
    onDoubleClick: (e: { clientX: number; clientY: number }) => void;
    onKeyDown: (e: KeyboardEvent<HTMLDivElement>) => void;
    onBlur: () => void;
  };
}

/**
 * Pointer and keyboard input of a map. Every pointer path (hover, click, double-click) resolves
 * its cell with cellAtClient from the live transform, so what is outlined under the pointer is
 * what a click selects. Arrow keys move a focus ring and show the same tooltip as hover; Space
 * selects, Enter opens, Escape goes up.
 */
export function useMapPointer({
  mapRef,
  scene,
  transform,
  hoverRef,
  showHover,
  draw,
  nav,
  choose,
  focused,
  setFocusId,
}: PointerInput): MapPointer {
  const hitAt = (clientX: number, clientY: number): Cell | undefined =>
    scene
      ? cellAtClient(scene, mapBoxOf(mapRef.current), transform.current, clientX, clientY)
      : undefined;
  /** Sets the hovered cell: repaints the rings and the tooltip, without re-rendering the map. */
  const setHover = (next: Hover | undefined): void => {
    if (hoverRef.current?.cell.id === next?.cell.id) return;
    hoverRef.current = next;
    showHover.current(next);
    draw();
  };
  /** Shows the tooltip of a keyboard-focused cell at its on-screen centre. */
  const hoverFocus = (cell: Cell): void => {
    const t = transform.current;
    const el = mapRef.current;
    const w = el?.clientWidth ?? 0;
    const h = el?.clientHeight ?? 0;
    const x = Math.min(Math.max(0, (cell.rect.x + cell.rect.width / 2) * t.k + t.x), w);
    const y = Math.min(Math.max(0, (cell.rect.y + cell.rect.height / 2) * t.k + t.y), h);
    setHover({ cell, x, y });
  };
  return {
    setHover,
    handlers: {
      onPointerMove: (e) => {
        const cell = hitAt(e.clientX, e.clientY);
        const box = mapBoxOf(mapRef.current);
        const x = e.clientX - box.left - box.clientLeft;
        const y = e.clientY - box.top - box.clientTop;
        setHover(cell ? { cell, x, y } : undefined);
      },
      onPointerLeave: () => setHover(undefined),
      onClick: (e) => choose(hitAt(e.clientX, e.clientY)),
      onDoubleClick: (e) => nav.open(hitAt(e.clientX, e.clientY)),
      onBlur: () => setHover(undefined),
      onKeyDown: (e) => {
        if (!scene) return;
        if (isArrow(e.key)) {
          e.preventDefault();
          const next = arrowStep(scene, focused, transform.current, e.key);
          if (next) {
            setFocusId(next.id);
            hoverFocus(next);
          }
        } else if (e.key === "Enter") {
          e.preventDefault();
          nav.open(focused);
          setFocusId(undefined);
        } else if (e.key === " ") {
          e.preventDefault();
          choose(focused);
        } else if (e.key === "Escape") {
          e.preventDefault();
          nav.up();
          setFocusId(undefined);
        }
      },
    },
  };
}
