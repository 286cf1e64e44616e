import { contains, formatPrefix } from "../../core/ip/prefix.ts";
import { ROLE_LABEL } from "../../layout/rangeItems.ts";
import type { Rect } from "../../layout/rect.ts";
import type { Layer, Scene } from "../../layout/scene.ts";
import { visibleCells, type Cell, type Grid, type Viewport } from "../../layout/visibleCells.ts";
import type { Colours } from "./palette.ts";
import { canvasPattern } from "./canvasPatterns.ts";
import { KIND_STYLE, patternInk } from "./kindStyles.ts";
import type { CellKind } from "../../layout/scene.ts";
import { canvasMeasure, LABEL_FONT, lineAt, placeLabels, type PlacedLabel } from "./labels.ts";
import type { PanZoom } from "./zoomController.ts";

/** Everything one frame of a map needs. */
export interface Frame {
  scene: Scene;
  transform: PanZoom;
  /** Canvas size in CSS px. */
  width: number;
  height: number;
  colours: Colours;
  hover: Cell | undefined;
  selected: Cell | undefined;
  focused: Cell | undefined;
}

/** The layout rectangle on screen for a pan/zoom. */
export function viewportOf(t: PanZoom, width: number, height: number): Viewport {
  return { x: -t.x / t.k, y: -t.y / t.k, width: width / t.k, height: height / t.k, scale: t.k };
}

/** A layout rectangle in screen px, clipped a little outside the canvas so huge cells stay finite. */
export function toScreen(r: Rect, t: PanZoom, width: number, height: number): Rect {
  const x0 = Math.max(-2, r.x * t.k + t.x);
  const y0 = Math.max(-2, r.y * t.k + t.y);
  const x1 = Math.min(width + 2, (r.x + r.width) * t.k + t.x);
  const y1 = Math.min(height + 2, (r.y + r.height) * t.k + t.y);
  return { x: x0, y: y0, width: Math.max(0, x1 - x0), height: Math.max(0, y1 - y0) };
}

/** The cells, grids and overlaps a frame shows. */
export function frameCells(f: Frame): { cells: Cell[]; grids: Grid[]; overlaps: Cell[] } {
  return visibleCells(f.scene, viewportOf(f.transform, f.width, f.height));
}

/** Whether node subnets withheld for touching this Service range lie beneath its rectangle. */
export function hidesWithheld(scene: Scene, layer: Scene["layers"][number]): boolean {
  if (layer.item?.role !== "services") return false;
  return scene.layers.some(
    (l) =>
      l.type === "segmented" &&
      l.unit === "node" &&
      l.segments.some((s) => s.kind === "node-withheld") &&
      (contains(l.prefix, layer.prefix) || contains(layer.prefix, l.prefix)),
  );
}

/** The label drawn on a range when there is room for it (another cluster's leads with its name). */
export function labelOf(cell: Cell): string {
  const role = cell.item ? ROLE_LABEL[cell.item.role] : cell.kind === "free" ? "Free" : "";
  const text =
    `${role}${cell.item && cell.item.name !== role ? ` ${cell.item.name}` : ""} ${formatPrefix(cell.prefix)}`.trim();
  return cell.item?.cluster ? `${cell.item.cluster.name} · ${text}` : text;
}

/** The dash of another cluster's outline, one of three by cluster (with its name in the label). */
export function clusterDash(index: number): number[] {
  return [
    [7, 4],
    [2, 3],
    [10, 3, 2, 3],
  ][index % 3] as number[];
}

/** A rectangle outline drawn in screen px: where its stroke runs, its width, colour and dash. */
export interface Outline {
  /** The stroke's path: the rectangle inset by half the stroke, so the stroke stays inside it. */
  path: Rect;
  width: number;
  colour: string;
  dash: number[];
}

/** The outline of `r` in `colour`, `width` px wide, inside `r` (canvas and SVG draw it alike). */
export function outlineOf(r: Rect, colour: string, width: number, dash: number[] = []): Outline {
  const path = {
    x: r.x + width / 2,
    y: r.y + width / 2,
    width: Math.max(1, r.width - width),
    height: Math.max(1, r.height - width),
  };
  return { path, width, colour, dash };
}

/** Whether a range's tile is drawn large enough on screen for its outlines (8 px each way). */
export const outlined = (r: Rect): boolean => r.width >= 8 && r.height >= 8;

/**
 * The dashed outlines of other clusters' ranges in a frame (ADR 0111): in the text colour, 2 px,
 * the cluster's dash (clusterDash), on every such tile drawn large enough. The canvas and the SVG
 * download draw these.
 */
export function clusterOutlines(f: Frame): Outline[] {
  const out: Outline[] = [];
  for (const layer of f.scene.layers) {
    const cluster = layer.item?.cluster;
    if (!cluster) continue;
    const r = toScreen(layer.rect, f.transform, f.width, f.height);
    if (outlined(r)) out.push(outlineOf(r, f.colours.text, 2, clusterDash(cluster.index)));
  }
  return out;
}

function stroke(ctx: CanvasRenderingContext2D, o: Outline): void {
  ctx.save();
  ctx.setLineDash(o.dash);
  ctx.strokeStyle = o.colour;
  ctx.lineWidth = o.width;
  ctx.strokeRect(o.path.x, o.path.y, o.path.width, o.path.height);
  ctx.restore();
}

function outline(
  ctx: CanvasRenderingContext2D,
  r: Rect,
  colour: string,
  width: number,
  dash: number[] = [],
): void {
  stroke(ctx, outlineOf(r, colour, width, dash));
}

/**
 * Draws one frame of a map on a 2D context already scaled to CSS px: cells (aggregated by level
 * of detail), unit grids, hatched overlaps, range labels on plates above them, then hover,
 * selection and focus rings.
 * Returns how many cells it drew; `out.labels` receives the labels placed and `out.kinds` the
 * kinds drawn (what the legend lists).
 */
export function paint(
  ctx: CanvasRenderingContext2D,
  f: Frame,
  out?: { labels: PlacedLabel[]; kinds?: Set<CellKind> },
): number {
  const { transform: t, width, height, colours } = f;
  const { cells, grids, overlaps } = frameCells(f);
  const kinds = new Set<CellKind>();
  ctx.fillStyle = colours.background;
  ctx.fillRect(0, 0, width, height);
  for (const c of cells) {
    const r = toScreen(c.rect, t, width, height);
    if (r.width <= 0 || r.height <= 0) continue;
    kinds.add(c.kind);
    const fill = colours.fill[c.kind];
    const style = KIND_STYLE[c.kind].pattern;
    // A pattern needs room to be seen; smaller cells take the plain fill.
    const textured =
      style !== "solid" && r.width >= 6 && r.height >= 6
        ? canvasPattern(ctx, style, patternInk(fill), fill)
        : undefined;
    ctx.fillStyle = textured ?? fill;
    // Snap to whole pixels so neighbouring cells meet without anti-aliased seams.
    const x = Math.round(r.x);
    const y = Math.round(r.y);
    ctx.fillRect(
      x,
      y,
      Math.max(1, Math.round(r.x + r.width) - x),
      Math.max(1, Math.round(r.y + r.height) - y),
    );
  }
  // A range too small to see still gets a 3 px marker in its colour, so nothing is ever invisible.
  // One marker per range: a start-end pool cut into hundreds of tiny blocks is marked once.
  const marked = new Set<string>();
  const markers: Layer[] = [];
  for (const layer of f.scene.layers) {
    if (!layer.item || marked.has(layer.item.field)) continue;
    const r = toScreen(layer.rect, t, width, height);
    if (r.width >= 3 && r.height >= 3) continue;
    if (r.x > width || r.y > height || r.x + r.width < 0 || r.y + r.height < 0) continue;
    marked.add(layer.item.field);
    markers.push(layer);
    kinds.add(layer.item.role);
    ctx.fillStyle = colours.fill[layer.item.role];
    ctx.fillRect(r.x, r.y, 3, 3);
    outline(ctx, { x: r.x - 1, y: r.y - 1, width: 5, height: 5 }, colours.text, 1);
  }
  ctx.strokeStyle = colours.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const g of grids) {
    const r = toScreen(g.rect, t, width, height);
    const cw = g.cellWidth * t.k;
    const ch = g.cellHeight * t.k;
    const ox = g.rect.x * t.k + t.x;
    const oy = g.rect.y * t.k + t.y;
    for (let x = ox + Math.ceil((r.x - ox) / cw) * cw; x < r.x + r.width; x += cw) {
      ctx.moveTo(Math.round(x) + 0.5, r.y);
      ctx.lineTo(Math.round(x) + 0.5, r.y + r.height);
    }
    for (let y = oy + Math.ceil((r.y - oy) / ch) * ch; y < r.y + r.height; y += ch) {
      ctx.moveTo(r.x, Math.round(y) + 0.5);
      ctx.lineTo(r.x + r.width, Math.round(y) + 0.5);
    }
  }
  ctx.stroke();
  // Hatch overlaps before labels, so range labels and their plates stay readable on top.
  const pattern = overlaps.length
    ? (canvasPattern(ctx, "hatch", colours.overlap) ?? colours.overlap)
    : colours.overlap;
  if (overlaps.length) kinds.add("overlap");
  // Overlap blocks drawn at one pixel box (the tiny blocks at a start-end pool's ends, hundreds
  // of them within a few pixels) are hatched once: the frame's work follows the pixels shown.
  const hatched = new Set<string>();
  for (const o of overlaps) {
    const r = toScreen(o.rect, t, width, height);
    const shown = { x: r.x, y: r.y, width: Math.max(r.width, 3), height: Math.max(r.height, 3) };
    const key = `${Math.round(shown.x)},${Math.round(shown.y)},${Math.round(shown.width)},${Math.round(shown.height)}`;
    if (hatched.has(key)) continue;
    hatched.add(key);
    ctx.fillStyle = pattern;
    ctx.fillRect(shown.x, shown.y, shown.width, shown.height);
    outline(ctx, shown, colours.overlap, 3);
  }
  const withheld: { r: Rect; below: number }[] = [];
  ctx.font = LABEL_FONT;
  ctx.textBaseline = "top";
  const labels = placeLabels(f.scene, t, width, height, canvasMeasure());
  if (out) out.labels = labels;
  if (out) out.kinds = kinds;
  const labelled = new Map(labels.map((l) => [l.id, l]));
  for (const layer of f.scene.layers) {
    if (!layer.item && !(layer.type === "static" && layer.span)) continue;
    const r = toScreen(layer.rect, t, width, height);
    if (!outlined(r)) continue;
    outline(ctx, r, colours.stroke, 1);
    const l = labelled.get(layer.id);
    if (l && r.height >= 40 && hidesWithheld(f.scene, layer))
      withheld.push({ r, below: l.box.y + l.box.height + 2 });
  }
  // Another cluster's range: a dashed outline in the text colour (shape, not hue, tells it).
  for (const o of clusterOutlines(f)) stroke(ctx, o);
  for (const l of labels) {
    ctx.fillStyle = colours.background;
    ctx.globalAlpha = 0.85;
    ctx.fillRect(l.box.x, l.box.y, l.box.width, l.box.height);
    ctx.globalAlpha = 1;
    ctx.fillStyle = colours.text;
    l.lines.forEach((line, i) => {
      const at = lineAt(l, i);
      ctx.fillText(line, at.x, at.y);
    });
  }
  // A marker alone says nothing: name the range beside it (placed inside the canvas).
  for (const layer of markers) {
    const r = toScreen(layer.rect, t, width, height);
    const text = labelOf({ ...layer, kind: "pods", overlap: undefined, units: undefined });
    const w = ctx.measureText(text).width;
    const x = r.x + w + 14 > width ? Math.max(0, r.x - w - 10) : r.x + 6;
    const y = Math.min(Math.max(0, r.y - 6), height - 16);
    ctx.fillStyle = colours.background;
    ctx.globalAlpha = 0.85;
    ctx.fillRect(x, y, w + 6, 16);
    ctx.globalAlpha = 1;
    ctx.fillStyle = colours.text;
    ctx.fillText(text, x + 3, y + 2);
  }
  // Node subnets withheld for touching a Service range sit exactly beneath it: say so on top.
  for (const { r, below } of withheld) {
    kinds.add("node-withheld");
    outline(
      ctx,
      { x: r.x + 3, y: r.y + 3, width: r.width - 6, height: r.height - 6 },
      colours.fill["node-withheld"],
      2,
      [6, 4],
    );
    const note = "Node subnets withheld beneath";
    const nw = ctx.measureText(note).width;
    if (r.width < nw + 10 || below + 18 > r.y + r.height) continue;
    ctx.fillStyle = colours.background;
    ctx.globalAlpha = 0.8;
    ctx.fillRect(r.x + 2, below, nw + 6, 16);
    ctx.globalAlpha = 1;
    ctx.fillStyle = colours.text;
    ctx.fillText(note, r.x + 5, below + 2);
  }
  if (f.hover) outline(ctx, toScreen(f.hover.rect, t, width, height), colours.hover, 1.5);
  if (f.selected) outline(ctx, toScreen(f.selected.rect, t, width, height), colours.selected, 3);
  if (f.focused) outline(ctx, toScreen(f.focused.rect, t, width, height), colours.focus, 2, [4, 3]);
  return cells.length + overlaps.length;
}
