import { describe, expect, it } from "vitest";
import { sameColours, type Colours } from "./palette.ts";
import { KIND_STYLE } from "./kindStyles.ts";
import type { CellKind } from "../../layout/scene.ts";

const light = (): Colours => {
  const fill = Object.fromEntries(
    Object.entries(KIND_STYLE).map(([kind, style]) => [kind, style.light]),
  ) as Record<CellKind, string>;
  return {
    fill,
    stroke: "#ffffff",
    grid: "rgba(0,0,0,0.25)",
    text: "#111111",
    background: "#ffffff",
    overlap: fill.overlap,
    focus: "#000000",
    selected: "#000000",
    hover: "#000000",
  };
};

describe("sameColours", () => {
  it("is true for two readings of the same theme (separate objects)", () => {
    expect(light()).not.toBe(light());
    expect(sameColours(light(), light())).toBe(true);
  });

  it("is false when any colour differs, a fill or another", () => {
    expect(sameColours(light(), { ...light(), text: "#eeeeee" })).toBe(false);
    const dark = light();
    const kind = Object.keys(dark.fill)[0] as CellKind;
    dark.fill = { ...dark.fill, [kind]: "#000001" };
    expect(sameColours(light(), dark)).toBe(false);
    expect(sameColours(light(), { ...light(), hover: "#010101" })).toBe(false);
  });
});
