import { describe, expect, it } from "vitest";
import { PRESETS } from "../../core/design/presets.ts";
import { prefixOf, type Prefix } from "../../core/ip/prefix.ts";
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
  const state = { fillStyle: "" as unknown };
  const ctx = new Proxy(state, {
    get(target, key) {
      if (key === "fillStyle") return target.fillStyle;
      if (key === "measureText") return (s: string) => ({ width: s.length * 7 });
      if (key === "fillRect") return () => ops.push(`fill ${String(target.fillStyle)}`);
      if (key === "fillText") return (s: string) => ops.push(`text ${s}`);
      return () => undefined;
    },
    set(target, key, value) {
      if (key === "fillStyle") target.fillStyle = value;
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
});
