import type { Design } from "../src/core/design/schema.ts";
import { nthSubnet, subnetCount } from "../src/core/ip/prefix.ts";
import { rectOf, type Rect } from "../src/layout/rect.ts";
import { buildScene } from "../src/layout/scene.ts";
import { paint, type Frame } from "../src/ui/treemap/paint.ts";
import { readColours } from "../src/ui/treemap/palette.ts";
import { frameToSvg } from "../src/ui/treemap/toSvg.ts";

/** Milliseconds to draw one frame each way, and how many cells that was. */
export interface RendererTimes {
  aggregatedCells: number;
  canvasMs: number;
  svgMs: number;
  naiveCells: number;
  naiveCanvasMs: number;
  naiveSvgMs: number;
}

const W = 900;
const H = 675;

function timeSvg(markup: string): number {
  const t0 = performance.now();
  const host = document.createElement("div");
  host.style.cssText = `position:fixed;left:0;top:0;width:${W}px;height:${H}px;opacity:0.01;pointer-events:none`;
  host.innerHTML = markup;
  document.body.append(host);
  host.getBoundingClientRect();
  const ms = performance.now() - t0;
  host.remove();
  return ms;
}

/**
 * Draws the design's first family at 900 x 675 two ways, canvas and an SVG DOM: with the map's
 * level-of-detail cells, and naively with one rectangle per node subnet (capped at 2^16).
 */
export function compareRenderers(design: Design): RendererTimes {
  const family = design.ipFamilies[0] ?? "ipv4";
  const scene = buildScene(design, family, W, H);
  const el = document.querySelector(".tm-map") ?? document.body;
  if (!scene) throw new Error("no scene");
  const frame: Frame = {
    scene,
    transform: { x: 0, y: 0, k: 1 },
    width: W,
    height: H,
    colours: readColours(el),
    hover: undefined,
    selected: undefined,
    focused: undefined,
  };
  const canvas = document.createElement("canvas");
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  let t0 = performance.now();
  const aggregatedCells = paint(ctx, frame);
  ctx.getImageData(0, 0, 1, 1);
  const canvasMs = performance.now() - t0;
  t0 = performance.now();
  const markupAgg = frameToSvg(frame, design);
  const svgMs = performance.now() - t0 + timeSvg(markupAgg);

  const pod = scene.layers.find((l) => l.type === "segmented");
  const rects: Rect[] = [];
  if (pod && pod.type === "segmented") {
    const count = subnetCount(pod.prefix, pod.unitLength);
    const n = count > 65_536n ? 65_536n : count;
    const length = pod.prefix.length + (count > 65_536n ? 16 : pod.unitLength - pod.prefix.length);
    for (let i = 0n; i < n; i++) {
      const r = rectOf(scene.root, nthSubnet(pod.prefix, length, i), W, H);
      if (r) rects.push(r);
    }
  }
  t0 = performance.now();
  ctx.fillStyle = "#009e73";
  for (const r of rects) ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.getImageData(0, 0, 1, 1);
  const naiveCanvasMs = performance.now() - t0;
  t0 = performance.now();
  const markup = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${rects.map((r) => `<rect x="${r.x}" y="${r.y}" width="${r.width}" height="${r.height}" fill="#009e73"/>`).join("")}</svg>`;
  const naiveSvgMs = performance.now() - t0 + timeSvg(markup);
  return { aggregatedCells, canvasMs, svgMs, naiveCells: rects.length, naiveCanvasMs, naiveSvgMs };
}
