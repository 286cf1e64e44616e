/**
 * The height in CSS px of the canvas painting a map `height` px high in a window `viewport` px
 * high: the whole map when it fits, else one window's worth (at least 600 px) that stays in view
 * while the page scrolls past the map (position: sticky) and paints the part of the map under it.
 * A plan of thousands of ranges is tens of thousands of px high: a canvas that size took seconds
 * to paint and megabytes to hold (ADR 0071).
 */
export function canvasHeight(height: number, viewport: number): number {
  return Math.min(height, Math.max(600, Math.ceil(viewport)));
}

/**
 * How far down the map (CSS px) a canvas `canvasH` px high shows, from where it sits: 0 at the top,
 * at most `height - canvasH` at the bottom.
 */
export function canvasOffset(
  canvasTop: number,
  mapTop: number,
  height: number,
  canvasH: number,
): number {
  return Math.max(0, Math.min(height - canvasH, Math.round(canvasTop - mapTop)));
}

/**
 * The map's content height in CSS px: the plan view's rows (`wantHeight`, the height the map
 * element is given, border-box with its 1 px borders added) when the plan sets one, else the
 * measured height. Known in the render that sets it, so the map is painted once at its height;
 * waiting for the ResizeObserver painted it at the CSS height first and again a frame later.
 */
export function mapHeight(wantHeight: number | undefined, measured: number): number {
  return wantHeight ?? measured;
}
