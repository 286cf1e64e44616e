import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { CellKind } from "../../layout/scene.ts";
import { seenDifference, VISIONS } from "../../../test/ui/colourVision.ts";
import { KIND_LABEL } from "./kindLabels.ts";
import { KIND_STYLE, patternInk } from "./kindStyles.ts";

const KINDS = Object.keys(KIND_STYLE) as CellKind[];
const THEMES = ["light", "dark"] as const;
/** CIEDE2000 floor for two fills with the same pattern: Okabe-Ito's own closest pair (orange and
 * reddish purple under tritanopia) is 10.9, so 10 keeps every pair as apart as that set allows. */
const FLOOR = 10;

const pairs = (): [CellKind, CellKind][] =>
  KINDS.flatMap((a, i) => KINDS.slice(i + 1).map((b): [CellKind, CellKind] => [a, b]));

describe("KIND_STYLE (the legend's fills)", () => {
  it("names every cell kind, each with its own legend text", () => {
    expect(new Set(KINDS)).toEqual(new Set(Object.keys(KIND_LABEL)));
    expect(new Set(KINDS.map((k) => KIND_LABEL[k])).size).toBe(KINDS.length);
  });

  for (const theme of THEMES)
    it(`gives no two legend entries the same fill (${theme})`, () => {
      const seen = new Map<string, CellKind>();
      for (const k of KINDS) {
        const fill = `${KIND_STYLE[k][theme].toLowerCase()} ${KIND_STYLE[k].pattern}`;
        expect(seen.get(fill), `${k} shares ${fill}`).toBeUndefined();
        seen.set(fill, k);
      }
    });

  for (const theme of THEMES)
    it(`keeps fills with the same pattern apart with any colour vision (${theme})`, () => {
      const close = pairs()
        .filter(([a, b]) => KIND_STYLE[a].pattern === KIND_STYLE[b].pattern)
        .flatMap(([a, b]) =>
          VISIONS.map((v) => ({
            pair: `${a} ~ ${b} (${v})`,
            dE: seenDifference(KIND_STYLE[a][theme], KIND_STYLE[b][theme], v),
          })),
        )
        .filter((d) => d.dE < FLOOR);
      expect(close).toEqual([]);
    });

  it("draws patterns in an ink that stands out from the fill", () => {
    expect(patternInk("#f1f1ee")).toMatch(/^rgba\(0,0,0/);
    expect(patternInk("#1e1f22")).toMatch(/^rgba\(255,255,255/);
    expect(patternInk("#0072b2")).toMatch(/^rgba\(255,255,255/);
  });
});

describe("the static shell's drawing of the default plan (src/ui/app/shell.css)", () => {
  it("uses KIND_STYLE's fills in light and dark", () => {
    const css = readFileSync(new URL("../app/shell.css", import.meta.url), "utf8");
    const light = [...css.matchAll(/^\.sh-([a-z-]+) \{\s*fill: (#[0-9a-f]{6});/gm)];
    const dark = new Map(
      [
        ...css.matchAll(/:root:not\(\[data-theme\]\) \.sh-([a-z-]+) \{\s*fill: (#[0-9a-f]{6});/g),
      ].map((m) => [m[1], m[2]]),
    );
    expect(light.length).toBeGreaterThanOrEqual(5);
    for (const [, kind = "", fill] of light) {
      const style = KIND_STYLE[kind as CellKind];
      expect(style, kind).toBeDefined();
      expect(fill, `${kind} light`).toBe(style.light);
      expect(dark.get(kind) ?? fill, `${kind} dark`).toBe(style.dark);
    }
  });
});
