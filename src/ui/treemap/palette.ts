import type { CellKind } from "../../layout/scene.ts";
import { KIND_STYLE } from "./kindStyles.ts";

/** Resolved colours for drawing on a canvas or into an SVG file. */
export interface Colours {
  fill: Record<CellKind, string>;
  stroke: string;
  grid: string;
  text: string;
  background: string;
  overlap: string;
  focus: string;
  selected: string;
  hover: string;
}

/**
 * Reads the theme's colours at `element`: the kinds' fills from KIND_STYLE for the scheme
 * treemap.css names in `--tm-scheme` (light or dark, following the system or the chosen theme),
 * the rest from treemap.css's variables.
 */
export function readColours(element: Element): Colours {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const scheme = v("--tm-scheme", "light") === "dark" ? "dark" : "light";
  const fill = Object.fromEntries(
    Object.entries(KIND_STYLE).map(([kind, style]) => [kind, style[scheme]]),
  ) as Record<CellKind, string>;
  return {
    fill,
    stroke: v("--tm-stroke", "#ffffff"),
    grid: v("--tm-grid", "rgba(0,0,0,0.25)"),
    text: v("--tm-text", "#111111"),
    background: v("--tm-background", "#ffffff"),
    overlap: fill.overlap,
    focus: v("--tm-focus", "#000000"),
    selected: v("--tm-selected", "#000000"),
    hover: v("--tm-hover", "#000000"),
  };
}

/**
 * True when two readings of the theme's colours are the same colours: a re-read that finds no
 * change (the theme set to what it already was at start-up) keeps the old object, so the map is
 * not repainted for it.
 */
export function sameColours(a: Colours, b: Colours): boolean {
  const keys = Object.keys(a) as (keyof Colours)[];
  const fills = Object.keys(a.fill) as CellKind[];
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => k === "fill" || a[k] === b[k]) &&
    fills.length === Object.keys(b.fill).length &&
    fills.every((k) => a.fill[k] === b.fill[k])
  );
}
