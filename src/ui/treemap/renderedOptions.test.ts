import { describe, expect, it } from "vitest";
import type { Cell } from "../../layout/visibleCells.ts";
import {
  MAX_MAP_OPTIONS,
  optionsWanted,
  renderedOptions,
  type MapOption,
} from "./renderedOptions.ts";

const options = (n: number): MapOption[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `c${i}`,
    cell: { id: `c${i}` } as Cell,
    domId: `tm-ipv4-${i}`,
  }));

describe("renderedOptions", () => {
  it("renders every option of a small map", () => {
    const all = options(MAX_MAP_OPTIONS);
    expect(renderedOptions(all, undefined, undefined)).toBe(all);
  });

  it("renders the first options of a large map and the active and selected ones past them", () => {
    const all = options(4000);
    const out = renderedOptions(all, "c3999", "c2000");
    expect(out).toHaveLength(MAX_MAP_OPTIONS + 2);
    expect(out.slice(0, MAX_MAP_OPTIONS)).toEqual(all.slice(0, MAX_MAP_OPTIONS));
    expect(out.slice(MAX_MAP_OPTIONS).map((o) => o.id)).toEqual(["c2000", "c3999"]);
    expect(renderedOptions(all, "c5", undefined)).toHaveLength(MAX_MAP_OPTIONS);
  });

  it("renders only the active and selected options before the first paint (max 0)", () => {
    const all = options(120);
    expect(renderedOptions(all, undefined, undefined, 0)).toEqual([]);
    expect(renderedOptions(all, "c7", "c90", 0).map((o) => o.id)).toEqual(["c7", "c90"]);
    expect(renderedOptions([], undefined, undefined, 0)).toEqual([]);
  });

  it("wants only the options it renders: none first, a page next, all for an active or selected one", () => {
    const all = options(4000);
    for (const firstPass of [true, false]) {
      const max = firstPass ? 0 : MAX_MAP_OPTIONS;
      for (const active of [undefined, "c7", "c3500"]) {
        for (const selected of [undefined, "c90", "c3999"]) {
          const wanted = optionsWanted(firstPass, active, selected);
          const made = all.slice(0, wanted);
          // The options made are enough: the page renders exactly what the full list gives.
          expect(renderedOptions(made, active, selected, max)).toEqual(
            renderedOptions(all, active, selected, max),
          );
        }
      }
    }
    expect(optionsWanted(true, undefined, undefined)).toBe(0);
    expect(optionsWanted(false, undefined, undefined)).toBe(MAX_MAP_OPTIONS);
    expect(optionsWanted(true, "c1", undefined)).toBe(Number.POSITIVE_INFINITY);
  });
});
