import type { Scene } from "../../layout/scene.ts";
import { cellAt, type Cell } from "../../layout/visibleCells.ts";
import type { PanZoom } from "./zoomController.ts";

const STEP: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Whether a key is one of the four arrows that move the map's focus. */
export function isArrow(key: string): boolean {
  return key in STEP;
}

/**
 * The cell an arrow key moves the focus to: with nothing focused, the cell at the view's top-left
 * corner; else the neighbour just past the focused cell's edge (half a screen px beyond it), or
 * undefined at the map's edge or for a key that is not an arrow.
 */
export function arrowStep(
  scene: Scene,
  focused: Cell | undefined,
  t: PanZoom,
  key: string,
): Cell | undefined {
  const step = STEP[key];
  if (!step) return undefined;
  const k = t.k;
  const from = focused ?? cellAt(scene, (0.5 - t.x) / k, (0.5 - t.y) / k, k);
  if (!from || !focused) return from;
  const r = from.rect;
  const cx = r.x + r.width / 2 + step[0] * (r.width / 2 + 0.5 / k);
  const cy = r.y + r.height / 2 + step[1] * (r.height / 2 + 0.5 / k);
  return cx >= 0 && cy >= 0 && cx < scene.width && cy < scene.height
    ? cellAt(scene, cx, cy, k)
    : undefined;
}
