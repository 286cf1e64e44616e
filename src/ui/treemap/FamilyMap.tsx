import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import type { Design } from "../../core/design/schema.ts";
import { bitsOf, familyLabel, type Family } from "../../core/ip/family.ts";
import { contains, formatPrefix, parsePrefix, type Prefix } from "../../core/ip/prefix.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { cellById } from "../../layout/cellById.ts";
import { describeCell } from "../../layout/describeCell.ts";
import { findingForOverlap } from "../../layout/overlaps.ts";
import { buildScene } from "../../layout/scene.ts";
import { cellAt, overlapCell, type Cell } from "../../layout/visibleCells.ts";
import { Breadcrumbs } from "./Breadcrumbs.tsx";
import { downloadBlob } from "./download.ts";
import { paint, type Frame } from "./paint.ts";
import { toSvgBlob, toPngBlob } from "./exportFrame.ts";
import { HoverCard, type Hover } from "./HoverCard.tsx";
import { useColours } from "./useColours.ts";
import { useElementSize } from "./useElementSize.ts";
import { createZoomController, type PanZoom, type ZoomController } from "./zoomController.ts";

/** Props of one family's map. */
export interface FamilyMapProps {
  design: Design;
  family: Family;
  findings: Finding[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onFindingClick?: ((f: Finding) => void) | undefined;
}

const IDENTITY: PanZoom = { x: 0, y: 0, k: 1 };
const STEP: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** One family's interactive map: canvas cells, zoom/pan, drill-down, hover, selection and keyboard. */
export function FamilyMap({
  design,
  family,
  findings,
  selectedId,
  onSelect,
  onFindingClick,
}: FamilyMapProps) {
  const mapRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ghostRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<ZoomController | undefined>(undefined);
  const transform = useRef<PanZoom>(IDENTITY);
  const frame = useRef<Frame | undefined>(undefined);
  const pending = useRef(0);
  const ctxRef = useRef<CanvasRenderingContext2D | null>(null);
  const hoverRef = useRef<Hover | undefined>(undefined);
  const showHover = useRef<(hover: Hover | undefined) => void>(() => undefined);
  const { width, height } = useElementSize(mapRef);
  const colours = useColours(mapRef);
  const [path, setPath] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const view = useMemo(() => {
    const last = path[path.length - 1];
    const parsed = last ? parsePrefix(last) : undefined;
    return parsed?.ok ? parsed.value.prefix : undefined;
  }, [path]);
  const scene = useMemo(
    () => (width > 0 ? buildScene(design, family, width, height, view) : undefined),
    [design, family, width, height, view],
  );
  const steps = useMemo(
    () =>
      scene
        ? [
            scene.familyRoot,
            ...path
              .map((p) => parsePrefix(p))
              .flatMap((r) =>
                r.ok && contains(scene.familyRoot, r.value.prefix) ? [r.value.prefix] : [],
              ),
          ]
        : [],
    [scene, path],
  );
  const selected =
    scene && selectedId?.startsWith(`${family}:`) ? cellById(scene, selectedId) : undefined;
  const focused = scene && focusId ? cellById(scene, focusId) : undefined;

  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    const f = frame.current;
    if (!canvas || !f || f.width === 0) return;
    // Opaque: paint() fills the background itself, and the compositor need not blend the canvas.
    ctxRef.current ??= canvas.getContext("2d", { alpha: false });
    const ctx = ctxRef.current;
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    paint(ctx, { ...f, transform: transform.current, hover: hoverRef.current?.cell });
    mapRef.current?.dispatchEvent(new CustomEvent("tm-painted", { bubbles: true }));
  }, []);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ghost = ghostRef.current;
    if (!canvas || !scene || !colours) return;
    const dpr = window.devicePixelRatio || 1;
    const prev = frame.current;
    const resized =
      canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr);
    if (
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
        c.height = Math.round(height * dpr);
      }
    }
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
  }, [scene, colours, width, height, selected, focused, draw]);

  useEffect(() => {
    const el = mapRef.current;
    if (!el) return undefined;
    // The first step of a frame paints at once (one frame less latency); steps that follow it
    // in the same frame are coalesced into one paint at the next animation frame.
    let dirty = false;
    const ctl = createZoomController(el, (t) => {
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
  }, [draw]);
  useEffect(() => zoomRef.current?.setSize(width, height), [width, height]);

  const toLayout = (clientX: number, clientY: number): [number, number] => {
    const box = mapRef.current?.getBoundingClientRect();
    const t = transform.current;
    return [(clientX - (box?.left ?? 0) - t.x) / t.k, (clientY - (box?.top ?? 0) - t.y) / t.k];
  };
  const hitAt = (clientX: number, clientY: number): Cell | undefined => {
    if (!scene) return undefined;
    const [x, y] = toLayout(clientX, clientY);
    return cellAt(scene, x, y, transform.current.k);
  };
  /** Sets the hovered cell: repaints the rings and the tooltip, without re-rendering the map. */
  const setHover = (next: Hover | undefined): void => {
    const prev = hoverRef.current;
    if (prev?.cell.id === next?.cell.id) return;
    hoverRef.current = next;
    showHover.current(next);
    draw();
  };
  const goTo = (next: string[]): void => {
    setPath(next);
    setHover(undefined);
    zoomRef.current?.reset();
  };
  const drill = (cell: Cell | undefined): void => {
    if (!cell || !scene) return;
    const target: Prefix =
      cell.item && !contains(cell.item.prefix, scene.root) ? cell.item.prefix : cell.prefix;
    if (
      target.length >= bitsOf(family) ||
      (target.length === scene.root.length && target.network === scene.root.network)
    )
      return;
    goTo([...steps.slice(1).map(formatPrefix), formatPrefix(target)]);
  };
  const up = (): void => {
    if (steps.length > 1) goTo(steps.slice(1, -1).map(formatPrefix));
    else zoomRef.current?.reset();
  };
  const choose = (cell: Cell | undefined): void => {
    onSelect(cell?.id);
    if (cell?.overlap && onFindingClick) {
      const f = findingForOverlap(cell.overlap, findings);
      if (f) onFindingClick(f);
    }
  };

  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    const cell = hitAt(e.clientX, e.clientY);
    const box = mapRef.current?.getBoundingClientRect();
    const x = e.clientX - (box?.left ?? 0);
    const y = e.clientY - (box?.top ?? 0);
    setHover(cell ? { cell, x, y } : undefined);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (!scene) return;
    const step = STEP[e.key];
    const k = transform.current.k;
    if (step) {
      e.preventDefault();
      const from =
        focused ??
        cellAt(scene, (0.5 - transform.current.x) / k, (0.5 - transform.current.y) / k, k);
      if (!from) return;
      const r = from.rect;
      const cx = r.x + r.width / 2 + step[0] * (r.width / 2 + 0.5 / k);
      const cy = r.y + r.height / 2 + step[1] * (r.height / 2 + 0.5 / k);
      const next = focused
        ? cx >= 0 && cy >= 0 && cx < scene.width && cy < scene.height
          ? cellAt(scene, cx, cy, k)
          : undefined
        : from;
      if (next) setFocusId(next.id);
    } else if (e.key === "Enter") {
      e.preventDefault();
      drill(focused);
    } else if (e.key === " ") {
      e.preventDefault();
      choose(focused);
    } else if (e.key === "Escape") {
      e.preventDefault();
      up();
    }
  };

  const options = useMemo(() => {
    if (!scene) return [];
    const seen = new Set<string>();
    const cells: Cell[] = [];
    for (const l of scene.layers) {
      if (!l.item || seen.has(l.item.id)) continue;
      seen.add(l.item.id);
      const c = cellById(scene, l.item.id);
      if (c) cells.push(c);
    }
    cells.push(...scene.overlaps.map(overlapCell));
    if (focused && !cells.some((c) => c.id === focused.id)) cells.push(focused);
    return cells.map((c, i) => ({
      cell: c,
      domId: `tm-${family}-${i}`,
      name: describeCell(c, design).accessibleName,
    }));
  }, [scene, focused, family, design]);
  const active = options.find((o) => o.cell.id === focusId);
  const label = familyLabel(family);
  const filename = `${design.name}-${family}-treemap`;
  const current = (): Frame | undefined =>
    frame.current ? { ...frame.current, transform: transform.current } : undefined;

  return (
    <section className="tm-family" aria-label={`${label} address space`}>
      <h3>{label} address space</h3>
      <Breadcrumbs
        label={`${label} drill path`}
        steps={steps.map(formatPrefix)}
        onPick={(i) => goTo(steps.slice(1, i + 1).map(formatPrefix))}
      />
      <div className="tm-toolbar">
        <button type="button" onClick={up} disabled={steps.length < 2}>
          Back out
        </button>
        <button type="button" onClick={() => goTo([])}>
          Reset view
        </button>
        <button type="button" onClick={() => zoomRef.current?.scaleBy(2)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomRef.current?.scaleBy(0.5)}>
          Zoom out
        </button>
        <button
          type="button"
          onClick={() => {
            const f = current();
            if (f) downloadBlob(toSvgBlob(f, design), `${filename}.svg`);
          }}
        >
          Download SVG
        </button>
        <button
          type="button"
          onClick={() => {
            const f = current();
            if (f) void toPngBlob(f).then((b) => b && downloadBlob(b, `${filename}.png`));
          }}
        >
          Download PNG
        </button>
      </div>
      <div style={{ position: "relative" }}>
        <div
          ref={mapRef}
          className="tm-map"
          role="listbox"
          tabIndex={0}
          aria-label={`${label} address map of ${scene ? formatPrefix(scene.root) : "no ranges"}. Arrow keys move, Enter opens, Space selects, Escape goes back.`}
          aria-activedescendant={active?.domId}
          data-family={family}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(undefined)}
          onClick={(e) => choose(hitAt(e.clientX, e.clientY))}
          onDoubleClick={(e) => drill(hitAt(e.clientX, e.clientY))}
          onKeyDown={onKeyDown}
        >
          <canvas ref={canvasRef} aria-hidden="true" />
          <canvas
            ref={ghostRef}
            aria-hidden="true"
            style={{ display: "none", opacity: 0, pointerEvents: "none" }}
          />
          {options.map((o) => (
            <div
              key={o.cell.id}
              id={o.domId}
              role="option"
              className="tm-sr-only"
              aria-selected={o.cell.id === selectedId}
              data-cell-id={o.cell.id}
              data-kind={o.cell.kind}
              data-rect={[o.cell.rect.x, o.cell.rect.y, o.cell.rect.width, o.cell.rect.height]
                .map((v) => Math.round(v * 100) / 100)
                .join(",")}
            >
              {o.name}
            </div>
          ))}
        </div>
        <HoverCard design={design} width={width} height={height} show={showHover} />
      </div>
    </section>
  );
}
