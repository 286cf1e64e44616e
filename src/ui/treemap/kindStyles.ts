import type { CellKind } from "../../layout/scene.ts";

/** A texture drawn over a fill, so kinds that share a hue still differ without colour vision. */
export type Pattern = "solid" | "dots" | "stripes" | "cross" | "hatch";

/** How one kind of cell is drawn: its fill per theme and the texture over it. */
export interface KindStyle {
  light: string;
  dark: string;
  pattern: Pattern;
}

/**
 * The one table of the map's fills: each kind its own (colour, pattern) pair in both themes, so
 * no two legend entries look alike. Hues are the Okabe-Ito colour-blind-safe set (orange #E69F00,
 * sky blue #56B4E9, bluish green #009E73, yellow #F0E442, blue #0072B2, vermillion #D55E00,
 * reddish purple #CC79A7) with tints and greys; where hues run out a pattern tells kinds apart.
 * Vermillion with the diagonal hatch is kept for overlaps. `kindStyles.test.ts` checks that every
 * two kinds differ in pattern or are far apart in CIEDE2000 under simulated colour-vision
 * deficiencies, in both themes.
 */
export const KIND_STYLE: Record<CellKind, KindStyle> = {
  // Ranges of the design.
  pods: { light: "#8fd1bd", dark: "#1f6b55", pattern: "dots" },
  services: { light: "#0072b2", dark: "#0072b2", pattern: "dots" },
  nodes: { light: "#e69f00", dark: "#e69f00", pattern: "solid" },
  lb: { light: "#cc79a7", dark: "#cc79a7", pattern: "solid" },
  external: { light: "#737373", dark: "#6e6e6e", pattern: "stripes" },
  free: { light: "#f1f1ee", dark: "#1e1f22", pattern: "dots" },
  overlap: { light: "#d55e00", dark: "#d55e00", pattern: "hatch" },
  mixed: { light: "#6fb8a3", dark: "#2f7f68", pattern: "cross" },
  // Node subnets of a pod range.
  "node-allocated": { light: "#009e73", dark: "#009e73", pattern: "solid" },
  "node-headroom": { light: "#56b4e9", dark: "#56b4e9", pattern: "solid" },
  "node-free": { light: "#c7e9de", dark: "#1d3a31", pattern: "solid" },
  "node-withheld": { light: "#f0e442", dark: "#f0e442", pattern: "solid" },
  // Addresses inside a node subnet.
  "addr-network": { light: "#3d3d3d", dark: "#d0d0d0", pattern: "solid" },
  "addr-broadcast": { light: "#3d3d3d", dark: "#d0d0d0", pattern: "stripes" },
  "addr-reserved": { light: "#8c8c8c", dark: "#909090", pattern: "dots" },
  "addr-gateway": { light: "#e69f00", dark: "#e69f00", pattern: "stripes" },
  "addr-router": { light: "#e69f00", dark: "#e69f00", pattern: "cross" },
  "addr-health": { light: "#f0e442", dark: "#f0e442", pattern: "dots" },
  "addr-pod": { light: "#b8c888", dark: "#1f6b55", pattern: "solid" },
  // Addresses inside the Service range.
  "svc-kubernetes": { light: "#cc79a7", dark: "#cc79a7", pattern: "stripes" },
  "svc-dns": { light: "#f0e442", dark: "#f0e442", pattern: "stripes" },
  "svc-static": { light: "#56b4e9", dark: "#56b4e9", pattern: "stripes" },
  "svc-dynamic": { light: "#0072b2", dark: "#0072b2", pattern: "solid" },
};

/** One tile of a pattern: an SVG path (also a canvas Path2D) stroked on a `size` px square. */
export interface PatternTile {
  size: number;
  d: string;
  width: number;
  cap: "round" | "butt";
}

/** The pattern tiles, shared by the canvas, the SVG download and the legend swatches. */
export const PATTERN_TILE: Record<Exclude<Pattern, "solid">, PatternTile> = {
  dots: { size: 6, d: "M3 3h0.01", width: 2.4, cap: "round" },
  stripes: { size: 6, d: "M0 0L6 6M-1 5L1 7M5 -1L7 1", width: 1.5, cap: "butt" },
  cross: { size: 6, d: "M0 3H6M3 0V6", width: 1, cap: "butt" },
  hatch: { size: 8, d: "M0 8L8 0M-1 1L1 -1M7 9L9 7", width: 2, cap: "butt" },
};

/** The ink of a pattern over `fill`: dark on light fills, light on dark ones (WCAG luminance). */
export function patternInk(fill: string): string {
  const v = Number.parseInt(fill.slice(1, 7), 16);
  if (!/^#[0-9a-f]{6}$/i.test(fill)) return "rgba(0,0,0,0.5)";
  const [r, g, b] = [16, 8, 0].map((s) => {
    const c = ((v >> s) & 255) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return luminance > 0.18 ? "rgba(0,0,0,0.55)" : "rgba(255,255,255,0.7)";
}
