import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from "react";
import type { Design } from "../../core/design/schema.ts";
import { bitsOf, familyLabel, type Family } from "../../core/ip/family.ts";
import { contains, formatPrefix, parsePrefix, type Prefix } from "../../core/ip/prefix.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { cellById } from "../../layout/cellById.ts";
import { parseMapRoot } from "../../layout/mapRoot.ts";
import { findingForOverlap } from "../../layout/overlaps.ts";
import { collectRanges } from "../../layout/rangeItems.ts";
import { buildScene } from "../../layout/scene.ts";
import { cellAt, type Cell } from "../../layout/visibleCells.ts";
import { arrowStep, isArrow } from "./arrowStep.ts";
import { Breadcrumbs } from "./Breadcrumbs.tsx";
import { downloadBlob } from "./download.ts";
import { toSvgBlob, toPngBlob } from "./exportFrame.ts";
import { HoverCard, type Hover } from "./HoverCard.tsx";
import { MapRootField } from "./MapRootField.tsx";
import { MapToolbar } from "./MapToolbar.tsx";
import { useColours } from "./useColours.ts";
import { useElementSize } from "./useElementSize.ts";
import { useMapCanvas } from "./useMapCanvas.ts";
import { useMapOptions } from "./useMapOptions.ts";

/** Props of one family's map. */
export interface FamilyMapProps {
  design: Design;
  family: Family;
  findings: Finding[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onFindingClick?: ((f: Finding) => void) | undefined;
}

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
  const showHover = useRef<(hover: Hover | undefined) => void>(() => undefined);
  const { width, height } = useElementSize(mapRef);
  const colours = useColours(mapRef);
  const [path, setPath] = useState<string[]>([]);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  // The map root is view state of this map, never part of the design (it must not alter links).
  const [rootText, setRootText] = useState("");
  const items = useMemo(() => collectRanges(design, family), [design, family]);
  const budget = useMemo(() => {
    const parsed = parseMapRoot(rootText, family);
    return parsed.ok ? parsed.value : undefined;
  }, [rootText, family]);
  const view = useMemo(() => {
    const last = path[path.length - 1];
    const parsed = last ? parsePrefix(last) : undefined;
    return parsed?.ok ? parsed.value.prefix : undefined;
  }, [path]);
  const scene = useMemo(
    () => (width > 0 ? buildScene(design, family, width, height, view, budget) : undefined),
    [design, family, width, height, view, budget],
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
  const { canvasRef, ghostRef, zoomRef, transform, hoverRef, draw, current } = useMapCanvas(
    mapRef,
    { scene, colours, width, height, selected, focused },
  );

  const hitAt = (clientX: number, clientY: number): Cell | undefined => {
    if (!scene) return undefined;
    const box = mapRef.current?.getBoundingClientRect();
    const t = transform.current;
    const x = (clientX - (box?.left ?? 0) - t.x) / t.k;
    const y = (clientY - (box?.top ?? 0) - t.y) / t.k;
    return cellAt(scene, x, y, t.k);
  };
  /** Sets the hovered cell: repaints the rings and the tooltip, without re-rendering the map. */
  const setHover = (next: Hover | undefined): void => {
    if (hoverRef.current?.cell.id === next?.cell.id) return;
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
    if (isArrow(e.key)) {
      e.preventDefault();
      const next = arrowStep(scene, focused, transform.current, e.key);
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

  const options = useMapOptions(scene, focused, family, design);
  const active = options.find((o) => o.cell.id === focusId);
  const label = familyLabel(family);
  const filename = `${design.name}-${family}-treemap`;

  return (
    <section className="tm-family" aria-label={`${label} address space`}>
      <h3>{label} address space</h3>
      <MapRootField
        family={family}
        items={items}
        text={rootText}
        onText={(text) => {
          setRootText(text);
          goTo([]);
        }}
      />
      <Breadcrumbs
        label={`${label} drill path`}
        steps={steps.map(formatPrefix)}
        onPick={(i) => goTo(steps.slice(1, i + 1).map(formatPrefix))}
      />
      <MapToolbar
        canBackOut={steps.length > 1}
        onBackOut={up}
        onReset={() => goTo([])}
        onZoom={(factor) => zoomRef.current?.scaleBy(factor)}
        onSvg={() => {
          const f = current();
          if (f) downloadBlob(toSvgBlob(f, design), `${filename}.svg`);
        }}
        onPng={() => {
          const f = current();
          if (f) void toPngBlob(f).then((b) => b && downloadBlob(b, `${filename}.png`));
        }}
      />
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
