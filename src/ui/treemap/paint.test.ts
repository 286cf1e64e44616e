import { describe, expect, it } from "vitest";
import { PRESETS } from "../../core/design/presets.ts";
import { defaultDesign } from "../../core/design/defaults.ts";
import { duplicateCluster } from "../../core/plan/clusterEdits.ts";
import { prefixOf, type Prefix } from "../../core/ip/prefix.ts";
import { otherClusterItems } from "../../layout/clusterItems.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { buildScene } from "../../layout/scene.ts";
import { paint, type Frame } from "./paint.ts";
import type { Colours } from "./palette.ts";
import { frameToSvg } from "./toSvg.ts";

const colours: Colours = {
  fill: new Proxy({} as Colours["fill"], { get: () => "#cccccc" }),
  stroke: "#333333",
  grid: "#dddddd",
  text: "#000000",
  background: "#ffffff",
  overlap: "#ff0000",
  focus: "#0000ff",
  selected: "#00ff00",
  hover: "#888888",
};

/** A 2D context that records fills and texts in drawing order (the node test run has no canvas). */
function recorder(): { ctx: CanvasRenderingContext2D; ops: string[] } {
  const ops: string[] = [];
  const state = { fillStyle: "" as unknown, strokeStyle: "" as unknown, dash: [] as number[] };
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key === "fillStyle") return target.fillStyle;
      if (key === "measureText") return (s: string) => ({ width: s.length * 7 });
      if (key === "fillRect") return () => ops.push(`fill ${String(target.fillStyle)}`);
      if (key === "fillText") return (s: string) => ops.push(`text ${s}`);
      if (key === "setLineDash") return (d: number[]) => (target.dash = d);
      if (key === "strokeRect")
        return (...r: number[]) =>
          ops.push(
            `stroke ${String(target.strokeStyle)} [${target.dash.join(" ")}] ${r.join(" ")}`,
          );
      return () => undefined;
    },
    set(target, key, value) {
      if (key === "fillStyle") target.fillStyle = value;
      if (key === "strokeStyle") target.strokeStyle = value;
      return true;
    },
  }) as unknown as CanvasRenderingContext2D;
  return { ctx, ops };
}

const cilium = PRESETS.find((p) => p.id === "cilium");
const scene =
  cilium && buildScene(cilium.design, "ipv4", 800, 800, prefixOf("10.0.0.0/8") as Prefix);
const frame = (): Frame => {
  if (!scene) throw new Error("no scene for the Cilium preset");
  return {
    scene,
    transform: { x: 0, y: 0, k: 1 },
    width: 800,
    height: 800,
    colours,
    hover: undefined,
    selected: undefined,
    focused: undefined,
  };
};

describe("paint", () => {
  it("paints the Service range label and its plate above the overlap hatching", () => {
    const { ctx, ops } = recorder();
    paint(ctx, frame());
    const lastHatch = ops.lastIndexOf(`fill ${colours.overlap}`);
    // 200 px wide: the one-line label does not fit whole, so it is drawn on two lines.
    const label = ops.indexOf("text Service range");
    expect(ops[label + 1]).toBe("text 10.96.0.0/12");
    expect(lastHatch).toBeGreaterThanOrEqual(0);
    expect(label).toBeGreaterThan(lastHatch);
    // The plate (a background fill) is drawn right before its text, after the hatching too.
    expect(ops[label - 1]).toBe(`fill ${colours.background}`);
  });

  it("writes SVG labels after the hatched overlaps, each on a background plate", () => {
    const svg = frameToSvg(frame(), cilium?.design ?? PRESETS[0]!.design);
    const lastHatch = svg.lastIndexOf('fill="url(#tm-hatch)"');
    const label = svg.indexOf(">Service range</text>");
    expect(lastHatch).toBeGreaterThanOrEqual(0);
    expect(label).toBeGreaterThan(lastHatch);
    expect(svg).toMatch(
      /<g data-label-for="ipv4:10\.96\.0\.0\/12:services"><rect [^>]*fill="#ffffff"[^>]*\/>\n<text [^>]*>Service range<\/text>\n<text [^>]*>10\.96\.0\.0\/12<\/text>/,
    );
  });

  it("draws other clusters' ranges with their dashed outline, on the canvas and in the SVG alike", () => {
    const plan = duplicateCluster({ clusters: [defaultDesign()], routing: "connected" }, 0);
    if (!plan.ok) throw new Error(plan.error);
    const clusters = plan.value.plan.clusters;
    const design = clusters[0]!;
    const items = otherClusterItems(clusters, 0, "ipv4");
    expect(items.length).toBeGreaterThan(0);
    const planScene = buildPlanScene(design, "ipv4", 800, undefined, {
      items,
      routing: "connected",
    });
    if (!planScene) throw new Error("no plan scene");
    const f = { ...frame(), scene: planScene, height: planScene.height };
    const { ctx, ops } = recorder();
    paint(ctx, f);
    // The canvas: one dashed text-colour stroke per range of the other cluster (index 1: [2 3]).
    const dashed = ops.filter((o) => o.startsWith(`stroke ${colours.text} [2 3] `));
    expect(dashed).toHaveLength(items.length);
    // The SVG: the same rectangles, stroke and dash.
    const svg = frameToSvg(f, design);
    const rects = [...svg.matchAll(/<rect data-cluster-outline="" ([^>]*)\/>/g)].map((m) => {
      const a = (k: string) => new RegExp(`${k}="([^"]*)"`).exec(m[1]!)?.[1];
      return `stroke ${a("stroke")} [${a("stroke-dasharray")}] ${a("x")} ${a("y")} ${a("width")} ${a("height")}`;
    });
    const round = (o: string) =>
      o.replace(/\d+\.\d+/g, (v) => String(Math.round(Number(v) * 100) / 100));
    expect(rects).toEqual(dashed.map(round));
  });
});
