import type { PanZoom, ZoomController } from "./zoomController.ts";

/** Inputs that show the map is about to be panned or zoomed: they load d3-zoom. */
const INTENT = ["pointerenter", "pointerdown", "mousedown", "touchstart", "focusin"] as const;

/** A copy of a wheel event, to hand to d3-zoom once it is listening. */
const copyWheel = (e: WheelEvent): WheelEvent =>
  new WheelEvent("wheel", {
    deltaX: e.deltaX,
    deltaY: e.deltaY,
    deltaZ: e.deltaZ,
    deltaMode: e.deltaMode,
    clientX: e.clientX,
    clientY: e.clientY,
    screenX: e.screenX,
    screenY: e.screenY,
    ctrlKey: e.ctrlKey,
    shiftKey: e.shiftKey,
    altKey: e.altKey,
    metaKey: e.metaKey,
    view: e.view,
    bubbles: true,
    cancelable: true,
  });

/**
 * The map's pan/zoom, with d3-zoom (and d3-selection, -transition, -interpolate, -color) loaded
 * only when the map is about to be used: the pointer enters it, it is pressed or focused, a wheel
 * turns over it, or the toolbar zooms (ADR 0035). Until then the view is the whole map, so reset
 * has nothing to undo; wheel steps that arrive before d3-zoom are held and handed to it, and
 * toolbar zooms are applied once it is there. A load that fails is tried again on the next input.
 */
export function createLazyZoomController(
  element: HTMLElement,
  onChange: (t: PanZoom) => void,
): ZoomController {
  let real: ZoomController | undefined;
  let loading: Promise<void> | undefined;
  let destroyed = false;
  let size: [number, number] | undefined;
  const queued: ((c: ZoomController) => void)[] = [];
  const wheels: WheelEvent[] = [];

  const detach = () => {
    for (const type of INTENT) element.removeEventListener(type, load);
    element.removeEventListener("wheel", onWheel);
  };
  function load(): void {
    loading ??= import("./zoomController.ts").then(
      ({ createZoomController }) => {
        if (destroyed) return;
        detach();
        const ctl = createZoomController(element, onChange);
        real = ctl;
        if (size) ctl.setSize(...size);
        for (const run of queued.splice(0)) run(ctl);
        for (const wheel of wheels.splice(0)) element.dispatchEvent(copyWheel(wheel));
      },
      () => {
        loading = undefined;
      },
    );
  }
  function onWheel(e: WheelEvent): void {
    // d3-zoom takes the wheel over the map (no page scroll); keep that while it loads.
    e.preventDefault();
    wheels.push(e);
    load();
  }
  for (const type of INTENT) element.addEventListener(type, load);
  element.addEventListener("wheel", onWheel, { passive: false });

  const whenReady = (run: (c: ZoomController) => void) => {
    if (real) run(real);
    else {
      queued.push(run);
      load();
    }
  };
  return {
    reset: () => real?.reset(),
    scaleBy: (factor) => whenReady((c) => c.scaleBy(factor)),
    setSize: (width, height) => {
      size = [width, height];
      real?.setSize(width, height);
    },
    destroy: () => {
      destroyed = true;
      detach();
      real?.destroy();
    },
  };
}
