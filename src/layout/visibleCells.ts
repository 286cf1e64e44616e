import { bitsOf } from "../core/ip/family.ts";
import { formatPrefix, type Prefix } from "../core/ip/prefix.ts";
import type { AddressRange } from "../core/ip/range.ts";
import type { Overlap } from "./overlaps.ts";
import type { RangeItem } from "./rangeItems.ts";
import { containsPoint, halves, intersects, splitsVertically, type Rect } from "./rect.ts";
import type { CellKind, Layer, Scene, SegmentedLayer } from "./scene.ts";
import { countKinds, uniformKind } from "./segments.ts";
import { overlapRunCellAt, overlapRunCells, runLayerCellAt, runLayerCells } from "./runCells.ts";

/** What part of the layout is on screen: a rectangle in layout units and the zoom scale (px per unit). */
export interface Viewport {
  x: number;
  y: number;
  width: number;
  height: number;
  scale: number;
}

/** One drawn (or hovered) cell of the map, in layout units. */
export interface Cell {
  /** Stable id: `<family>:<cidr>:<tag>` (tag: a role, `free`, `overlap:...`, `node`, `node-block`, `address`, `address-block`). */
  id: string;
  kind: CellKind;
  prefix: Prefix;
  rect: Rect;
  /** The range of the design the cell belongs to. */
  item: RangeItem | undefined;
  overlap: Overlap | undefined;
  /** For cells cut from node subnets or addresses: the unit prefix length and units per kind. */
  units:
    | { length: number; unit: "node" | "address"; counts: Partial<Record<CellKind, bigint>> }
    | undefined;
  /** For a collapsed gap of the plan view: the free run it stands for. */
  span?: AddressRange | undefined;
}

/** A grid of unit (or aggregate) borders over a segmented layer, drawn when cells are big enough. */
export interface Grid {
  rect: Rect;
  cellWidth: number;
  cellHeight: number;
}

/** Smallest on-screen cell edge, in px, that the map subdivides to. */
export const MIN_CELL_PX = 4;

/** The depth below a segmented layer at which cells stay at least `minPx` on screen. */
export function lodDepth(
  layer: SegmentedLayer,
  scene: Scene,
  scale: number,
  minPx = MIN_CELL_PX,
): number {
  const max = layer.unitLength - layer.prefix.length;
  const base = layer.base;
  let w = layer.rect.width * scale;
  let h = layer.rect.height * scale;
  let d = 0;
  while (d < max) {
    if (splitsVertically(base + d)) w /= 2;
    else h /= 2;
    if (w < minPx || h < minPx) break;
    d++;
  }
  return d;
}

function blockPrefix(layer: SegmentedLayer, d: number, index: bigint): Prefix {
  const bits = bitsOf(layer.prefix.family);
  const length = layer.prefix.length + d;
  return {
    family: layer.prefix.family,
    network: layer.prefix.network + (index << BigInt(bits - length)),
    length,
  };
}

function segmentedCell(
  layer: SegmentedLayer,
  d: number,
  index: bigint,
  rect: Rect,
  kind: CellKind | undefined,
): Cell {
  const prefix = blockPrefix(layer, d, index);
  const shift = BigInt(layer.unitLength - layer.prefix.length - d);
  const unitCell = shift === 0n;
  const counts = countKinds(layer.segments, index << shift, (index + 1n) << shift);
  const tag =
    layer.unit === "node"
      ? unitCell
        ? "node"
        : "node-block"
      : unitCell
        ? "address"
        : "address-block";
  return {
    id: `${prefix.family}:${formatPrefix(prefix)}:${tag}`,
    kind: kind ?? "mixed",
    prefix,
    rect,
    item: layer.item,
    overlap: undefined,
    units: { length: layer.unitLength, unit: layer.unit, counts },
  };
}

function staticCell(layer: Layer): Cell {
  return {
    id: layer.id,
    kind: layer.type === "static" ? layer.kind : layer.item.role,
    prefix: layer.item?.prefix ?? layer.prefix,
    rect: layer.rect,
    item: layer.item,
    overlap: undefined,
    units: undefined,
    span: layer.type === "static" ? layer.span : undefined,
  };
}

/** The cell drawn for an overlap. */
export function overlapCell(o: { overlap: Overlap; rect: Rect }): Cell {
  return {
    id: o.overlap.id,
    kind: "overlap",
    prefix: o.overlap.prefix,
    rect: o.rect,
    item: undefined,
    overlap: o.overlap,
    units: undefined,
  };
}

/**
 * The cells to draw for the viewport: static layers that intersect it, and each segmented layer
 * cut into aligned blocks, coarsest first: a block whose units all share one kind is one cell;
 * a block still mixed at the level-of-detail depth (cells >= `minPx` on screen) is a `mixed`
 * cell with its counts. Classification is bigint arithmetic on unit-index runs, so 2^20 or 2^64
 * units cost the same. Also returns the unit grids to outline, and the overlaps.
 */
export function visibleCells(
  scene: Scene,
  viewport: Viewport,
  minPx = MIN_CELL_PX,
): { cells: Cell[]; grids: Grid[]; overlaps: Cell[] } {
  const cells: Cell[] = [];
  const grids: Grid[] = [];
  for (const layer of scene.layers) {
    if (!intersects(layer.rect, viewport)) continue;
    if (layer.type === "static") {
      cells.push(staticCell(layer));
      continue;
    }
    if (layer.type === "run") {
      for (const c of runLayerCells(layer, viewport, minPx)) cells.push(c);
      continue;
    }
    const g = lodDepth(layer, scene, viewport.scale, minPx);
    const base = layer.base;
    const total = layer.unitLength - layer.prefix.length;
    const walk = (d: number, index: bigint, rect: Rect): void => {
      if (!intersects(rect, viewport)) return;
      const shift = BigInt(total - d);
      const kind = uniformKind(layer.segments, index << shift, (index + 1n) << shift);
      if (kind || d >= g) {
        cells.push(segmentedCell(layer, d, index, rect, kind));
        return;
      }
      const [a, b] = halves(rect, base + d);
      walk(d + 1, index << 1n, a);
      walk(d + 1, (index << 1n) | 1n, b);
    };
    walk(0, 0n, layer.rect);
    if (g > 0) {
      let w = layer.rect.width;
      let h = layer.rect.height;
      for (let d = 0; d < g; d++) {
        if (splitsVertically(base + d)) w /= 2;
        else h /= 2;
      }
      grids.push({ rect: layer.rect, cellWidth: w, cellHeight: h });
    }
  }
  const ov: Cell[] = [];
  for (const o of scene.overlaps) {
    if (!intersects(o.rect, viewport)) continue;
    if (!o.run) ov.push(overlapCell(o));
    else for (const c of overlapRunCells(o, viewport, minPx)) ov.push(c);
  }
  return { cells, grids, overlaps: ov };
}

/**
 * The cell under layout point (x, y) at the zoom `scale`: an overlap first, then the topmost
 * layer; inside a segmented layer, the block at the level-of-detail depth (a single node subnet
 * or address once it is at least `minPx` on screen). Undefined outside the map.
 */
export function cellAt(
  scene: Scene,
  x: number,
  y: number,
  scale: number,
  minPx = MIN_CELL_PX,
): Cell | undefined {
  for (let i = scene.overlaps.length - 1; i >= 0; i--) {
    const o = scene.overlaps[i];
    if (!o || !containsPoint(o.rect, x, y)) continue;
    if (!o.run) return overlapCell(o);
    const hit = overlapRunCellAt(o, x, y, scale, minPx);
    if (hit) return hit;
  }
  for (let i = scene.layers.length - 1; i >= 0; i--) {
    const layer = scene.layers[i];
    if (!layer || !containsPoint(layer.rect, x, y)) continue;
    if (layer.type === "static") return staticCell(layer);
    if (layer.type === "run") {
      const hit = runLayerCellAt(layer, x, y, scale, minPx);
      if (hit) return hit;
      continue;
    }
    const g = lodDepth(layer, scene, scale, minPx);
    const base = layer.base;
    let rect = layer.rect;
    let index = 0n;
    for (let d = 0; d < g; d++) {
      const [a, b] = halves(rect, base + d);
      const second = splitsVertically(base + d) ? x >= b.x : y >= b.y;
      index = (index << 1n) | (second ? 1n : 0n);
      rect = second ? b : a;
    }
    const shift = BigInt(layer.unitLength - layer.prefix.length - g);
    return segmentedCell(
      layer,
      g,
      index,
      rect,
      uniformKind(layer.segments, index << shift, (index + 1n) << shift),
    );
  }
  return undefined;
}
