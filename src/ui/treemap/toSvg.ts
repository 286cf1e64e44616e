import { cellFacts } from "./cellFacts.ts";
import type { Design } from "../../core/design/schema.ts";
import { canvasMeasure, lineAt, placeLabels } from "./labels.ts";
import { clusterOutlines, frameCells, toScreen, type Frame } from "./paint.ts";
import { KIND_STYLE, PATTERN_TILE, patternInk, type Pattern } from "./kindStyles.ts";
import type { CellKind } from "../../layout/scene.ts";

const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** An SVG <pattern> of `pattern`'s tile (kindStyles.ts) in `ink`, over `background` if given. */
function patternDef(
  id: string,
  pattern: Exclude<Pattern, "solid">,
  ink: string,
  background?: string,
): string {
  const t = PATTERN_TILE[pattern];
  const under = background
    ? `<rect width="${t.size}" height="${t.size}" fill="${esc(background)}"/>`
    : "";
  return `<pattern id="${id}" width="${t.size}" height="${t.size}" patternUnits="userSpaceOnUse">${under}<path d="${t.d}" stroke="${esc(ink)}" stroke-width="${t.width}" stroke-linecap="${t.cap}" fill="none"/></pattern>`;
}

/**
 * The frame as a standalone SVG document: the same cells, grids, hatched overlaps, other
 * clusters' dashed outlines and labels the canvas shows, each cell with a <title> naming it (its
 * accessible name), in the theme's colours.
 */
export function frameToSvg(f: Frame, design: Design): string {
  const { transform: t, width, height, colours } = f;
  const { cells, grids, overlaps } = frameCells(f);
  const textured = new Set<CellKind>(
    cells.filter((c) => KIND_STYLE[c.kind].pattern !== "solid").map((c) => c.kind),
  );
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="system-ui, sans-serif" font-size="12">`,
    `<defs>${patternDef("tm-hatch", "hatch", colours.overlap)}${[...textured].map((k) => patternDef(`tm-p-${k}`, KIND_STYLE[k].pattern as Exclude<Pattern, "solid">, patternInk(colours.fill[k]), colours.fill[k])).join("")}</defs>`,
    `<rect width="100%" height="100%" fill="${esc(colours.background)}"/>`,
  ];
  for (const c of cells) {
    const r = toScreen(c.rect, t, width, height);
    if (r.width <= 0 || r.height <= 0) continue;
    out.push(
      `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${textured.has(c.kind) && r.width >= 6 && r.height >= 6 ? `url(#tm-p-${c.kind})` : esc(colours.fill[c.kind])}"><title>${esc(cellFacts(c, design).accessibleName)}</title></rect>`,
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
  // Another cluster's range: the dashed outline the canvas draws (paint.clusterOutlines).
  for (const o of clusterOutlines(f)) {
    const p = o.path;
    out.push(
      `<rect data-cluster-outline="" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.width)}" height="${n(p.height)}" fill="none" stroke="${esc(o.colour)}" stroke-width="${n(o.width)}" stroke-dasharray="${o.dash.join(" ")}"/>`,
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
