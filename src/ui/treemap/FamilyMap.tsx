import { useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Design } from "../../core/design/schema.ts";
import { familyLabel, type Family } from "../../core/ip/family.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { cellById } from "../../layout/cellById.ts";
import { findingForOverlap } from "../../layout/overlaps.ts";
import type { ClusterRouting } from "../../core/plan/plan.ts";
import { collectRanges } from "../../layout/rangeItems.ts";
import { otherClusterItems } from "../../layout/clusterItems.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { Breadcrumbs } from "./Breadcrumbs.tsx";
import { RangeTable, type TakeRole } from "./RangeTable.tsx";
import { CellDetails } from "./CellDetails.tsx";
import { downloadFrame } from "./downloadFrame.ts";
import { HoverCard, type Hover } from "./HoverCard.tsx";
import { PaintedLegend } from "./Legend.tsx";
import { MapRootField } from "./MapRootField.tsx";
import { MapToolbar } from "./MapToolbar.tsx";
import { useColours } from "./useColours.ts";
import { useElementSize } from "./useElementSize.ts";
import { mapHeight } from "./canvasHeight.ts";
import { useMapCanvas } from "./useMapCanvas.ts";
import { useMapNavigation } from "./useMapNavigation.ts";
import { useMapOptions } from "./useMapOptions.ts";
import { MapOptionList } from "./MapOptionList.tsx";
import { optionsWanted } from "./renderedOptions.ts";
import { useFirstPass } from "../controls/firstPass.ts";
import { useMapPointer } from "./useMapPointer.ts";

/** Props of one family's map. */
export interface FamilyMapProps {
  design: Design;
  family: Family;
  findings: Finding[];
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  onFindingClick?: ((f: Finding) => void) | undefined;
  /** Adds a range in a free gap (the table's "take the next free /N"); absent: read-only. */
  onTake?: ((role: TakeRole, cidr: string) => void) | undefined;
  /** The plan's clusters and which one `design` is: the plan view draws the others' ranges too. */
  clusters?: PlanClusters | undefined;
  /** Shows another cluster (its index), selecting there the cell `id` of its own map. */
  onShowCluster?: ((index: number, id: string) => void) | undefined;
}

/** A plan's clusters, which one the map edits, and whether they route to each other. */
export interface PlanClusters {
  designs: readonly Design[];
  active: number;
  routing: ClusterRouting;
}

/**
 * One family's interactive map: the plan view (or true scale), zoom/pan, drill-down, hover,
 * selection with its details beside the map, and keyboard. Navigation lives in useMapNavigation,
 * input in useMapPointer, painting in useMapCanvas.
 */
export function FamilyMap({
  design,
  family,
  findings,
  selectedId,
  onSelect,
  onFindingClick,
  onTake,
  clusters,
  onShowCluster,
}: FamilyMapProps) {
  const mapRef = useRef<HTMLDivElement>(null);
  const showHover = useRef<(hover: Hover | undefined) => void>(() => undefined);
  const moved = useRef<() => void>(() => undefined);
  const picked = useRef<{ cell: Cell; design: Design } | undefined>(undefined);
  const rowSelect = useRef<(id: string) => void>(() => undefined);
  // The plan view sets the map's height itself: its measured height is read only in the other views.
  const heightUsed = useRef(true);
  const { width, height: measured, measure } = useElementSize(mapRef, heightUsed);
  const colours = useColours(mapRef);
  const others = useMemo(
    () =>
      clusters && clusters.designs.length > 1
        ? {
            items: otherClusterItems(clusters.designs, clusters.active, family),
            routing: clusters.routing,
          }
        : undefined,
    [clusters, family],
  );
  const nav = useMapNavigation(design, family, width, measured, () => moved.current(), others);
  const height = mapHeight(nav.wantHeight, measured);
  const sized = nav.wantHeight !== undefined;
  heightUsed.current = !sized;
  const wasSized = useRef(sized);
  useLayoutEffect(() => {
    // Leaving the plan view: the height it did not follow is read now.
    if (wasSized.current && !sized) measure();
    wasSized.current = sized;
  }, [sized, measure]);
  const { scene, plan } = nav;
  const mine = selectedId?.startsWith(`${family}:`) ? selectedId : undefined;
  const inView = scene && mine ? cellById(scene, mine) : undefined;
  const last = picked.current;
  const selectedCell =
    inView ??
    (mine && last && last.cell.id === mine && last.design === design ? last.cell : undefined) ??
    (plan && mine ? cellById(plan, mine) : undefined);
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const focused = scene && focusId ? cellById(scene, focusId) : undefined;
  const canvas = useMapCanvas(mapRef, {
    scene,
    colours,
    width,
    height,
    selected: inView,
    focused,
  });
  const choose = (cell: Cell | undefined): void => {
    picked.current = cell ? { cell, design } : undefined;
    onSelect(cell?.id);
    if (cell?.overlap && onFindingClick) {
      const f = findingForOverlap(cell.overlap, findings);
      if (f) onFindingClick(f);
    }
  };
  const pointer = useMapPointer({
    mapRef,
    scene,
    transform: canvas.transform,
    hoverRef: canvas.hoverRef,
    showHover,
    draw: canvas.draw,
    nav,
    choose,
    focused,
    setFocusId,
  });
  moved.current = () => {
    pointer.setHover(undefined);
    canvas.zoomRef.current?.reset();
  };

  // The table's row selection, one function for the map's life (the table re-renders only for
  // its own props), acting on this render's scene.
  rowSelect.current = (id) => {
    if (scene && !cellById(scene, id)) nav.goTo([]);
    choose(plan ? cellById(plan, id) : undefined);
  };
  const onRowSelect = useCallback((id: string) => rowSelect.current(id), []);

  const firstPass = useFirstPass();
  const options = useMapOptions(
    scene,
    focused,
    family,
    optionsWanted(firstPass, focusId, selectedId),
  );
  const active = options.find((o) => o.id === focusId);
  const label = familyLabel(family);
  const filename = `${design.name}-${family}-treemap`;
  const where =
    scene?.mode === "plan" ? "plan of every range" : scene ? formatPrefix(scene.root) : "no ranges";

  return (
    <section className="tm-family" aria-label={`${label} address space`}>
      <h3>{label} address space</h3>
      <div className="tm-modebar" role="group" aria-label={`${label} map view`}>
        <button
          type="button"
          aria-pressed={nav.mode === "plan"}
          onClick={() => nav.setMode("plan")}
        >
          Plan
        </button>
        <button
          type="button"
          aria-pressed={nav.mode === "scale"}
          onClick={() => nav.setMode("scale")}
        >
          True scale
        </button>
      </div>
      {nav.mode === "scale" && (
        <MapRootField
          family={family}
          items={collectRanges(design, family)}
          text={nav.rootText}
          onText={nav.setRootText}
        />
      )}
      <Breadcrumbs
        label={`${label} drill path`}
        steps={nav.steps.map((s) => s.label)}
        onPick={(i) => nav.goTo(nav.steps[i]?.path ?? [])}
      />
      <MapToolbar
        canBackOut={nav.steps.length > 1}
        onBackOut={nav.up}
        onReset={() => nav.goTo([])}
        onZoom={(factor) => canvas.zoomRef.current?.scaleBy(factor)}
        onSvg={() => {
          const f = canvas.current();
          if (f) void downloadFrame("svg", f, design, filename);
        }}
        onPng={() => {
          const f = canvas.current();
          if (f) void downloadFrame("png", f, design, filename);
        }}
      />
      <p className="tm-hint" id={`tm-${family}-hint`}>
        Click selects · Enter, double-click or Open goes in · Escape or the path above goes back ·
        arrows move, Space selects
      </p>
      <div style={{ position: "relative" }}>
        <div
          ref={mapRef}
          className="tm-map"
          role="listbox"
          tabIndex={0}
          aria-label={`${label} address map, ${where}`}
          aria-describedby={`tm-${family}-hint`}
          aria-activedescendant={active?.domId}
          data-family={family}
          data-mode={scene?.mode}
          style={
            nav.wantHeight !== undefined
              ? { height: nav.wantHeight + 2, aspectRatio: "auto", maxHeight: "none" }
              : undefined
          }
          {...pointer.handlers}
        >
          <canvas ref={canvas.canvasRef} aria-hidden="true" />
          <canvas
            ref={canvas.ghostRef}
            aria-hidden="true"
            style={{ display: "none", opacity: 0, pointerEvents: "none" }}
          />
          <MapOptionList
            options={options}
            focusId={focusId}
            selectedId={selectedId}
            design={design}
          />
        </div>
        <HoverCard design={design} width={width} height={height} show={showHover} />
      </div>
      <PaintedLegend label={`${label} map`} kinds={canvas.kinds} colours={colours} />
      {others && others.items.length > 0 && nav.mode === "plan" && nav.steps.length === 1 && (
        <p className="tm-legend-note">
          Dashed outline: a range of another cluster of the plan, named in its label. Select it to
          show that cluster.
        </p>
      )}
      {mine && (
        <CellDetails
          design={design}
          cell={selectedCell}
          findings={findings}
          onFindingClick={onFindingClick}
          canOpen={nav.canOpen(selectedCell)}
          onOpen={() => nav.open(selectedCell)}
          onShowCluster={onShowCluster}
        />
      )}
      <RangeTable
        design={design}
        family={family}
        plan={plan}
        activeId={selectedCell?.item?.id ?? selectedCell?.id ?? mine}
        activeField={selectedCell?.item?.field}
        onSelect={onRowSelect}
        onTake={onTake}
        cluster={others ? design.name : undefined}
      />
    </section>
  );
}
