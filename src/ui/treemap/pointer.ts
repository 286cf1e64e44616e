import type { Scene } from "../../layout/scene.ts";
import { cellAt, type Cell } from "../../layout/visibleCells.ts";
import type { PanZoom } from "./zoomController.ts";

/** Where the map element sits on screen: its border box and border widths (clientLeft/Top). */
export interface MapBox {
  left: number;
  top: number;
  clientLeft: number;
  clientTop: number;
}

/** The map element's box, read from the DOM. */
export function mapBoxOf(el: HTMLElement | null): MapBox {
  const box = el?.getBoundingClientRect();
  return {
    left: box?.left ?? 0,
    top: box?.top ?? 0,
    clientLeft: el?.clientLeft ?? 0,
    clientTop: el?.clientTop ?? 0,
  };
}

/**
 * A client (viewport) point in the canvas's CSS px: the canvas fills the map's padding box, so
 * the border is subtracted (measuring from the border box put every hit one px off).
 */
export function canvasPoint(
  box: MapBox,
  clientX: number,
  clientY: number,
): { x: number; y: number } {
  return { x: clientX - box.left - box.clientLeft, y: clientY - box.top - box.clientTop };
}

/** A canvas point (CSS px) in layout units under pan/zoom `t`. */
export function layoutPoint(t: PanZoom, x: number, y: number): { x: number; y: number } {
  return { x: (x - t.x) / t.k, y: (y - t.y) / t.k };
}

/**
 * The one function every pointer path resolves a cell with (hover, click, double-click, details):
 * the cell under client point (clientX, clientY) of a map at `box` under pan/zoom `t`, at the
 * level of detail of zoom t.k, exactly as painted.
 */
export function cellAtClient(
  scene: Scene,
  box: MapBox,
  t: PanZoom,
  clientX: number,
  clientY: number,
): Cell | undefined {
  const c = canvasPoint(box, clientX, clientY);
  const p = layoutPoint(t, c.x, c.y);
  return cellAt(scene, p.x, p.y, t.k);
}
