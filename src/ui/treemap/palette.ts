import type { CellKind } from "../../layout/scene.ts";

/** The CSS variable holding each cell kind's fill (defined in treemap.css, per theme). */
export const KIND_VAR: Record<CellKind, string> = {
  pods: "--tm-pods",
  services: "--tm-services",
  nodes: "--tm-nodes",
  lb: "--tm-lb",
  external: "--tm-external",
  free: "--tm-free",
  overlap: "--tm-overlap",
  mixed: "--tm-mixed",
  "node-allocated": "--tm-node-allocated",
  "node-headroom": "--tm-node-headroom",
  "node-free": "--tm-node-free",
  "node-withheld": "--tm-node-withheld",
  "addr-network": "--tm-addr-edge",
  "addr-broadcast": "--tm-addr-edge",
  "addr-reserved": "--tm-addr-reserved",
  "addr-gateway": "--tm-addr-infra",
  "addr-router": "--tm-addr-infra",
  "addr-health": "--tm-addr-health",
  "addr-pod": "--tm-node-allocated",
  "svc-kubernetes": "--tm-svc-kubernetes",
  "svc-dns": "--tm-svc-dns",
  "svc-static": "--tm-svc-static",
  "svc-dynamic": "--tm-services",
};

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

/** Reads the theme's colours from the computed style of `element` (treemap.css defines them). */
export function readColours(element: Element): Colours {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const fill = Object.fromEntries(
    Object.entries(KIND_VAR).map(([kind, name]) => [kind, v(name, "#888888")]),
  ) as Record<CellKind, string>;
  return {
    fill,
    stroke: v("--tm-stroke", "#ffffff"),
    grid: v("--tm-grid", "rgba(0,0,0,0.25)"),
    text: v("--tm-text", "#111111"),
    background: v("--tm-background", "#ffffff"),
    overlap: v("--tm-overlap", "#D55E00"),
    focus: v("--tm-focus", "#000000"),
    selected: v("--tm-selected", "#000000"),
    hover: v("--tm-hover", "#000000"),
  };
}
