import { cellFacts } from "./cellFacts.ts";
import type { Design } from "../../core/design/schema.ts";
import { canvasMeasure, lineAt, placeLabels } from "./labels.ts";
import { frameCells, toScreen, type Frame } from "./paint.ts";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const n = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * The frame as a standalone SVG document: the same cells, grids and hatched overlaps the canvas
 * shows, each cell with a <title> naming it (its accessible name), in the theme's colours.
 */
export function frameToSvg(f: Frame, design: Design): string {
  const { transform: t, width, height, colours } = f;
  const { cells, grids, overlaps } = frameCells(f);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<defs><pattern id="tm-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="3" height="8" fill="${esc(colours.overlap)}"/></pattern></defs>`,
    `<rect width="100%" height="100%" fill="${esc(colours.background)}"/>`,
  ];
  for (const c of cells) {
    const r = toScreen(c.rect, t, width, height);
    if (r.width <= 0 || r.height <= 0) continue;
    out.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${esc(colours.fill[c.kind])}"><title>${esc(cellFacts(c, design).accessibleName)}</title></rect>`,
    );
  }
  const path: string[] = [];
  for (const g of grids) {
    const r = toScreen(g.rect, t, width, height);
    const cw = g.cellWidth * t.k;
    const ch = g.cellHeight * t.k;
    const ox = g.rect.x * t.k + t.x;
    const oy = g.rect.y * t.k + t.y;
    for (let x = ox + Math.ceil((r.x - ox) / cw) * cw; x < r.x + r.width; x += cw)
      path.push(`M${n(x)} ${n(r.y)}V${n(r.y + r.height)}`);
    for (let y = oy + Math.ceil((r.y - oy) / ch) * ch; y < r.y + r.height; y += ch)
      path.push(`M${n(r.x)} ${n(y)}H${n(r.x + r.width)}`);
  }
  if (path.length)
    out.push(
      `<path d="${path.join("")}" stroke="${esc(colours.grid)}" stroke-width="1" fill="none"/>`,
    );
  // Overlaps before labels, so labels (with a background halo) stay readable on the hatching.
  for (const o of overlaps) {
    const r = toScreen(o.rect, t, width, height);
    out.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(Math.max(3, r.width))}" height="${n(Math.max(3, r.height))}" fill="url(#tm-hatch)" stroke="${esc(colours.overlap)}" stroke-width="3"><title>${esc(cellFacts(o, design).accessibleName)}</title></rect>`,
    );
  }
  for (const l of placeLabels(f.scene, t, width, height, canvasMeasure())) {
    const b = l.box;
    out.push(
      `<g data-label-for="${esc(l.id)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" fill="${esc(colours.background)}" fill-opacity="0.85"/>`,
    );
    l.lines.forEach((line, i) => {
      const at = lineAt(l, i);
      out.push(
        `<text x="${n(at.x)}" y="${n(at.y + 11)}" fill="${esc(colours.text)}">${esc(line)}</text>`,
      );
    });
    out.push("</g>");
  }
  out.push("</svg>");
  return out.join("\n");
}
