import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
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
    onMouseDown: (e: { preventDefault: () => void }) => void;
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
  const lastPoint = useRef<{ clientX: number; clientY: number } | undefined>(undefined);
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
  /**
   * Where a click or double-click points: the hovered point when the click is on it. Chromium
   * reports pointer moves with fractional coordinates and clicks rounded to whole px, so a point
   * near a cell edge could hover one cell and click its neighbour.
   */
  const pressPoint = (e: { clientX: number; clientY: number }) => {
    const at = lastPoint.current;
    return at && Math.abs(at.clientX - e.clientX) < 1 && Math.abs(at.clientY - e.clientY) < 1
      ? at
      : e;
  };
  // A new scene (an edit, a resize, a drill) moves cells under a still pointer: hover again, so
  // the ring and tooltip never name a cell other than the one a click there would select.
  useEffect(() => {
    const at = lastPoint.current;
    if (!at || !hoverRef.current || !scene) return;
    const box = mapBoxOf(mapRef.current);
    const cell = cellAtClient(scene, box, transform.current, at.clientX, at.clientY);
    const next = cell ? { ...hoverRef.current, cell } : undefined;
    if (hoverRef.current.cell.id === next?.cell.id) return;
    hoverRef.current = next;
    showHover.current(next);
    draw();
    // Only a new scene re-hovers; the refs and draw are stable.
  }, [scene]); // eslint-disable-line react-hooks/exhaustive-deps
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
        lastPoint.current = { clientX: e.clientX, clientY: e.clientY };
        const cell = hitAt(e.clientX, e.clientY);
        const box = mapBoxOf(mapRef.current);
        const x = e.clientX - box.left - box.clientLeft;
        const y = e.clientY - box.top - box.clientTop;
        setHover(cell ? { cell, x, y } : undefined);
      },
      onPointerLeave: () => {
        lastPoint.current = undefined;
        setHover(undefined);
      },
      // Focus without scrolling: the browser's own focus-on-press scrolls a map that sticks out of
      // the viewport between press and release, so the click landed on another cell than hovered.
      onMouseDown: (e) => {
        const el = mapRef.current;
        if (!el || document.activeElement === el) return;
        e.preventDefault();
        el.focus({ preventScroll: true });
      },
      onClick: (e) => {
        const at = pressPoint(e);
        choose(hitAt(at.clientX, at.clientY));
      },
      onDoubleClick: (e) => {
        const at = pressPoint(e);
        nav.open(hitAt(at.clientX, at.clientY));
      },
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
