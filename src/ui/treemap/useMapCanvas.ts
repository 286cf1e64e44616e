import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import type { CellKind, Scene } from "../../layout/scene.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import type { Hover } from "./HoverCard.tsx";
import type { PlacedLabel } from "./labels.ts";
import { paint, type Frame } from "./paint.ts";
import { canvasHeight, canvasOffset } from "./canvasHeight.ts";
import type { Colours } from "./palette.ts";
import { paintedKinds, type PaintedKinds } from "./paintedKinds.ts";
import { createLazyZoomController } from "./lazyZoomController.ts";
import type { PanZoom, ZoomController } from "./zoomController.ts";

const IDENTITY: PanZoom = { x: 0, y: 0, k: 1 };

/** What a map's canvas needs to paint: the scene, its colours, size in CSS px and the rings. */
export interface MapCanvasInput {
  scene: Scene | undefined;
  colours: Colours | undefined;
  width: number;
  height: number;
  selected: Cell | undefined;
  focused: Cell | undefined;
}

/** The canvas side of a map: refs to mount, the live pan/zoom, the hovered cell and a repaint. */
export interface MapCanvas {
  canvasRef: RefObject<HTMLCanvasElement | null>;
  ghostRef: RefObject<HTMLCanvasElement | null>;
  zoomRef: RefObject<ZoomController | undefined>;
  /** The current pan/zoom (read at event time; changes do not re-render). */
  transform: RefObject<PanZoom>;
  hoverRef: RefObject<Hover | undefined>;
  /** Repaints the current frame now and dispatches `tm-painted` on the map element. */
  draw: () => void;
  /** The frame as last painted, with the live pan/zoom (for SVG/PNG export). */
  current: () => Frame | undefined;
  /** The kinds the last paint drew (what the legend lists; a paint re-renders the legend alone). */
  kinds: PaintedKinds;
}

/**
 * A map element as the draw leaves it: `mapLabels` holds the labels as drawn (screen px), for
 * tests and tools (what is legible without hovering). A property, not an attribute: written
 * into the page as JSON on every paint, they cost the open of a large plan a serialisation.
 */
export type LabelledMap = HTMLElement & { mapLabels?: readonly PlacedLabel[] };

/**
 * Paints a map on a canvas: repaints on scene/size/selection changes (cross-fading from the old
 * picture through a ghost canvas when the root stays), and on d3-zoom steps — the first step of a
 * frame at once, later steps of the same frame coalesced into one paint at the next animation frame.
 */
export function useMapCanvas(
  mapRef: RefObject<HTMLDivElement | null>,
  { scene, colours, width, height, selected, focused }: MapCanvasInput,
): MapCanvas {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ghostRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomController | undefined>(undefined);
  const transform = useRef<PanZoom>(IDENTITY);
  const frame = useRef<Frame | undefined>(undefined);
  const pending = useRef(0);
  const ctxRef = useRef<CanvasRenderingContext2D | null>(null);
  const hoverRef = useRef<Hover | undefined>(undefined);
  const [kinds] = useState(paintedKinds);
  const [viewport, setViewport] = useState(() => window.innerHeight);
  const canvasH = canvasHeight(height, viewport);
  const tall = canvasH < height;

  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    const f = frame.current;
    const el = mapRef.current;
    if (!canvas || !f || f.width === 0 || !el) return;
    // Opaque: paint() fills the background itself, and the compositor need not blend the canvas.
    ctxRef.current ??= canvas.getContext("2d", { alpha: false });
    const ctx = ctxRef.current;
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const out = { labels: [] as PlacedLabel[], kinds: new Set<CellKind>() };
    const h = canvas.height / dpr;
    // A canvas shorter than the map paints the part of the map under it (see canvasHeight).
    const offset =
      h < f.height
        ? canvasOffset(
            canvas.getBoundingClientRect().top,
            el.getBoundingClientRect().top + el.clientTop,
            f.height,
            h,
          )
        : 0;
    const t = transform.current;
    paint(
      ctx,
      {
        ...f,
        height: Math.min(h, f.height),
        transform: offset ? { ...t, y: t.y - offset } : t,
        hover: hoverRef.current?.cell,
      },
      out,
    );
    const drawn = out.kinds;
    kinds.set(drawn);
    const names = [...drawn].sort().join(" ");
    if (el.dataset["kinds"] !== names) el.dataset["kinds"] = names;
    (el as LabelledMap).mapLabels = out.labels;
    el.dispatchEvent(new CustomEvent("tm-painted", { bubbles: true }));
  }, [mapRef, kinds]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ghost = ghostRef.current;
    if (!canvas || !scene || !colours) return;
    const dpr = window.devicePixelRatio || 1;
    const prev = frame.current;
    const resized =
      canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(canvasH * dpr);
    if (
      !tall &&
      prev &&
      prev.scene !== scene &&
      !resized &&
      ghost &&
      prev.scene.root === scene.root &&
      typeof ghost.animate === "function"
    ) {
      ghost.getContext("2d")?.drawImage(canvas, 0, 0);
      // Shown only while it fades: a hidden canvas costs no compositing on later frames.
      ghost.style.display = "block";
      const fade = ghost.animate([{ opacity: 1 }, { opacity: 0 }], {
        duration: 160,
        easing: "ease-out",
        fill: "forwards",
      });
      fade.onfinish = () => (ghost.style.display = "none");
    }
    if (resized) {
      for (const c of [canvas, ghost]) {
        if (!c) continue;
        c.width = Math.round(width * dpr);
        c.height = Math.round(canvasH * dpr);
      }
    }
    // A tall map: the canvas stays in view while the page scrolls past the map.
    canvas.classList.toggle("tm-canvas-tall", tall);
    canvas.style.height = tall ? `${canvasH}px` : "";
    frame.current = {
      scene,
      transform: transform.current,
      width,
      height,
      colours,
      hover: undefined,
      selected,
      focused,
    };
    draw();
  }, [scene, colours, width, height, canvasH, tall, selected, focused, draw]);

  // A canvas shorter than its map repaints as the page scrolls; a new window height resizes it.
  useEffect(() => {
    const resize = () => setViewport(window.innerHeight);
    window.addEventListener("resize", resize);
    if (!tall) return () => window.removeEventListener("resize", resize);
    let queued = 0;
    const scrolled = () => {
      if (queued) return;
      queued = requestAnimationFrame(() => {
        queued = 0;
        draw();
      });
    };
    window.addEventListener("scroll", scrolled, { capture: true, passive: true });
    return () => {
      window.removeEventListener("resize", resize);
      window.removeEventListener("scroll", scrolled, { capture: true });
      cancelAnimationFrame(queued);
    };
  }, [tall, draw]);

  useEffect(() => {
    const el = mapRef.current;
    if (!el) return undefined;
    let dirty = false;
    const ctl = createLazyZoomController(el, (t) => {
      transform.current = t;
      if (pending.current) {
        dirty = true;
        return;
      }
      draw();
      pending.current = requestAnimationFrame(() => {
        pending.current = 0;
        if (dirty) draw();
        dirty = false;
      });
    });
    zoomRef.current = ctl;
    return () => {
      ctl.destroy();
      cancelAnimationFrame(pending.current);
    };
  }, [draw, mapRef]);
  useEffect(() => zoomRef.current?.setSize(width, height), [width, height]);

  const current = (): Frame | undefined =>
    frame.current ? { ...frame.current, transform: transform.current } : undefined;
  return { canvasRef, ghostRef, zoomRef, transform, hoverRef, draw, current, kinds };
}
