import { select } from "d3-selection";
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from "d3-zoom";

/** The pan and zoom of a map: screen = layout * k + (x, y). */
export interface PanZoom {
  x: number;
  y: number;
  k: number;
}

/** Input-only pan/zoom for one element: d3-zoom reads wheel, pinch and drag, and reports transforms. */
export interface ZoomController {
  /** Back to the whole map (no transition: input is never delayed). */
  reset(): void;
  /** Zooms by `factor` about the view centre. */
  scaleBy(factor: number): void;
  /** Keeps pan within the map of `width` x `height`. */
  setSize(width: number, height: number): void;
  destroy(): void;
}

/**
 * Wires d3-zoom to `element` as an input device only: it never touches the DOM it is attached to
 * beyond its listeners, and reports every transform to `onChange`. Double-click zoom is off (it
 * drills in instead); zoom runs from 1x to 2^24x.
 */
export function createZoomController(
  element: Element,
  onChange: (t: PanZoom) => void,
): ZoomController {
  const behavior: ZoomBehavior<Element, unknown> = zoom<Element, unknown>()
    .scaleExtent([1, 2 ** 24])
    .on("zoom", (event: { transform: ZoomTransform }) => {
      const { x, y, k } = event.transform;
      onChange({ x, y, k });
    });
  const selection = select(element);
  selection.call(behavior).on("dblclick.zoom", null);
  return {
    reset: () => selection.call(behavior.transform, zoomIdentity),
    scaleBy: (factor) => selection.call(behavior.scaleBy, factor),
    setSize: (width, height) => {
      behavior.translateExtent([
        [0, 0],
        [width, height],
      ]);
      behavior.extent([
        [0, 0],
        [width, height],
      ]);
    },
    destroy: () => {
      selection.on(".zoom", null);
    },
  };
}
