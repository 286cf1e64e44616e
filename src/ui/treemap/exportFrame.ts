import type { Design } from "../../core/design/schema.ts";
import { paint, type Frame } from "./paint.ts";
import { frameToSvg } from "./toSvg.ts";

/** The frame as an SVG file. */
export function toSvgBlob(f: Frame, design: Design): Blob {
  return new Blob([frameToSvg(f, design)], { type: "image/svg+xml" });
}

/** The frame drawn afresh on an offscreen canvas at twice the CSS size, as a PNG file. */
export function toPngBlob(f: Frame): Promise<Blob | null> {
  const canvas = document.createElement("canvas");
  canvas.width = Math.max(1, Math.round(f.width * 2));
  canvas.height = Math.max(1, Math.round(f.height * 2));
  const ctx = canvas.getContext("2d");
  if (!ctx) return Promise.resolve(null);
  ctx.scale(2, 2);
  paint(ctx, { ...f, hover: undefined, focused: undefined });
  return new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
}
