import { describe, expect, it } from "vitest";
import { canvasHeight, canvasOffset, mapHeight } from "./canvasHeight.ts";

describe("a tall map's canvas", () => {
  it("is the whole map when the map fits the window, else one window high (at least 600 px)", () => {
    expect(canvasHeight(480, 900)).toBe(480);
    expect(canvasHeight(900, 900)).toBe(900);
    expect(canvasHeight(61_412, 900)).toBe(900);
    expect(canvasHeight(61_412, 400)).toBe(600);
    expect(canvasHeight(500, 400)).toBe(500);
  });

  it("shows the part of the map under it: from the top, never past the bottom", () => {
    // Not scrolled: the canvas sits at the map's top.
    expect(canvasOffset(100, 100, 61_412, 900)).toBe(0);
    // Scrolled 3,000 px into the map: the sticky canvas sits 3,000 px below the map's top.
    expect(canvasOffset(0, -3000, 61_412, 900)).toBe(3000);
    // Past the end: the canvas stops at the map's bottom.
    expect(canvasOffset(0, -70_000, 61_412, 900)).toBe(61_412 - 900);
  });
});

describe("a map's height", () => {
  it("is the plan's rows when the plan sets them, before the element is measured again", () => {
    // The 64-pool IPv6 plan at 726 px: 2,990 px of rows in a map measured at its CSS 4:3 height.
    expect(mapHeight(2990, 544)).toBe(2990);
    expect(mapHeight(120, 544)).toBe(120);
    // True scale or a drilled-in block: the element's own height.
    expect(mapHeight(undefined, 544)).toBe(544);
  });
});
