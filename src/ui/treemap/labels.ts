import {
  estimateWidth,
  gapLabels,
  LABEL_LINE,
  LABEL_PAD,
  labelHeight,
  labelWidth,
  rangeLabels,
  type Measure,
} from "../../layout/planLabels.ts";
import { pairwiseMeasure } from "../../layout/pairwiseMeasure.ts";
import { withUpperBound } from "../../layout/widthBound.ts";
import { intersects, type Rect } from "../../layout/rect.ts";
import type { Layer, Scene } from "../../layout/scene.ts";
import type { PanZoom } from "./zoomController.ts";

/** A label placed on the map, in screen px: the plate's box and its lines. */
export interface PlacedLabel {
  /** The id of the layer (range or gap) it names. */
  id: string;
  box: Rect;
  lines: string[];
}

/** Where `r` (layout units) is on screen, unclipped. */
function onScreen(r: Rect, t: PanZoom): Rect {
  return { x: r.x * t.k + t.x, y: r.y * t.k + t.y, width: r.width * t.k, height: r.height * t.k };
}

/**
 * The labels of a frame: each range (and, in the plan view, each gap) gets its longest label that
 * fits whole inside both its rectangle and the canvas, at the rectangle's top-left corner; a label
 * that would be clipped is not drawn at all (the tooltip, details and table still name the cell).
 * Ranges try one line ("Pod range 10.244.0.0/16"), then two (role, CIDR), then, for a
 * `start-end` pool, three (rangeLabels). Canvas and SVG draw exactly these, so what the e2e
 * checks is what both show.
 */
export function placeLabels(
  scene: Scene,
  t: PanZoom,
  width: number,
  height: number,
  measure: Measure,
): PlacedLabel[] {
  const out: PlacedLabel[] = [];
  // Smaller ranges are drawn on top, so they are labelled first; a label never covers another.
  // The smallest plate any label needs: cells below it (most blocks of a large `start-end`
  // pool) are skipped before their label text is even made.
  const least = labelHeight([""]) + 2;
  for (let i = scene.layers.length - 1; i >= 0; i--) {
    const layer = scene.layers[i] as Layer;
    if (!layer.item && !(layer.type === "static" && layer.span)) continue;
    const r = onScreen(layer.rect, t);
    const x = Math.max(r.x, 0);
    const y = Math.max(r.y, 0);
    const right = Math.min(r.x + r.width, width);
    const bottom = Math.min(r.y + r.height, height);
    if (bottom - y < least || right - x < least) continue;
    const options: string[][] = layer.item
      ? rangeLabels(layer.item)
      : layer.type === "static" && layer.span
        ? gapLabels(layer.span)
        : [];
    for (const lines of options) {
      const w = labelWidth(lines, measure);
      const h = labelHeight(lines);
      if (x + w + 2 > right || y + h + 2 > bottom) continue;
      const box = { x: x + 2, y: y + 2, width: w, height: h };
      if (out.some((o) => intersects(o.box, box))) continue;
      out.push({ id: layer.id, box, lines });
      break;
    }
  }
  return out.reverse();
}

/** Where line `i` of a placed label starts (text baseline "top"). */
export function lineAt(label: PlacedLabel, i: number): { x: number; y: number } {
  return { x: label.box.x + LABEL_PAD, y: label.box.y + LABEL_PAD + i * LABEL_LINE };
}

/** The map's label font; canvas, SVG and layout measure with it. */
export const LABEL_FONT = "12px system-ui, sans-serif";

let measurer: Measure | undefined;

/**
 * `measure` remembering what it measured, up to `cap` texts (then it starts afresh). The plan view
 * measures every range's label lines (three texts a range, thousands of ranges at the list caps),
 * and again at each width change or edit: remembered, those are looked up, not measured.
 */
export function remembered(measure: Measure, cap: number): Measure {
  const cache = new Map<string, number>();
  return (text) => {
    let w = cache.get(text);
    if (w === undefined) {
      w = measure(text);
      if (cache.size >= cap) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
}

/** Texts the label measurer remembers: every label of a design at the list caps (4 x 1,024 ranges). */
const REMEMBERED_TEXTS = 40_000;

/**
 * Measures text in LABEL_FONT with a shared offscreen canvas (the estimate when there is none),
 * reading a text's width from its pairs of characters where the font shapes it pair by pair
 * (pairwiseMeasure: the same width, without shaping each of thousands of label texts), with a
 * checked upper bound from its characters' widths for the plan layout (withUpperBound; one table
 * of character widths serves both).
 */
export function canvasMeasure(): Measure {
  if (measurer) return measurer;
  const ctx =
    typeof document === "undefined" ? null : document.createElement("canvas").getContext("2d");
  if (!ctx) return estimateWidth;
  ctx.font = LABEL_FONT;
  const real = (text: string): number => ctx.measureText(text).width;
  const width = pairwiseMeasure(real);
  // The plan layout asks the bound first: most labels of a large design are never measured.
  measurer = withUpperBound(
    remembered((text) => Math.ceil(width(text)), REMEMBERED_TEXTS),
    real,
    width.charWidth,
  );
  return measurer;
}
