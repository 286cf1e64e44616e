import { describe, expect, it } from "vitest";
import { planDesigns, withPools } from "../../test/layout/planDesigns.ts";
import { rangesOfEachKind } from "../../test/layout/labelTexts.ts";
import type { Design } from "../core/design/schema.ts";
import { estimateWidth, type Measure } from "./planLabels.ts";
import { planLayout } from "./planView.ts";
import { collectRanges } from "./rangeItems.ts";
import { withUpperBound } from "./widthBound.ts";

/** A made-up font with pair kerning (1/1,024 px steps), and its texts measured whole. */
function font(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    w += 3.5 + (text.charCodeAt(i) % 7) * 0.7119140625;
    if (text.startsWith("P.", i) || text.startsWith("Te", i)) w -= 1.25;
    if (text.startsWith("1/", i)) w += 0.5;
  }
  return w;
}

/** Every layout of `design`'s families at `width`, and the texts measured whole for them. */
function layouts(design: Design, width: number, bound: boolean, families = design.ipFamilies) {
  const texts: string[] = [];
  const exact: Measure = (text) => (texts.push(text), Math.ceil(font(text)));
  const char = (code: number) => font(String.fromCharCode(code));
  const measure = bound ? withUpperBound(exact, font, char) : exact;
  const out = families.map((f) => planLayout(f, collectRanges(design, f), width, measure));
  return { out, texts };
}

/** The texts a layout measured. */
function measured(width: number) {
  const design = withPools(["10.0.0.10-10.0.3.20", "192.168.0.1-192.168.0.254"]);
  const texts: string[] = [];
  const measure = (text: string): number => {
    texts.push(text);
    return estimateWidth(text);
  };
  planLayout("ipv4", collectRanges(design, "ipv4"), width, measure);
  return { texts };
}

describe("plan layout label measuring", () => {
  it("measures a run's three-line form only when its two-line label does not fit", () => {
    const wide = measured(900);
    expect(wide.texts).toContain("10.0.0.10-10.0.3.20");
    expect(wide.texts).not.toContain("10.0.0.10-");
    const narrow = measured(120);
    expect(narrow.texts).toContain("10.0.0.10-");
    expect(narrow.texts).toContain("10.0.3.20");
  });

  it("lays out the same with the bound, measuring only labels it cannot place", () => {
    const designs = [...planDesigns().map((d) => d.design), rangesOfEachKind(120)];
    let without = 0;
    let withBound = 0;
    for (const design of designs)
      for (const width of [1100, 700, 390, 200]) {
        const a = layouts(design, width, false);
        const b = layouts(design, width, true);
        expect(b.out).toEqual(a.out);
        // On a desktop's map most range labels are far narrower than their tiles' least width
        // (gaps are sized by their labels: always measured).
        if (width >= 700) {
          without += a.texts.length;
          withBound += b.texts.length;
        }
      }
    expect(withBound).toBeLessThan(without * 0.6);
  });

  it("measures no range's label on a wide map where every label is far below its tile's width", () => {
    const design = rangesOfEachKind(120);
    const { texts } = layouts(design, 1100, true, ["ipv4"]);
    const ranges = collectRanges(design, "ipv4").map((i) => i.name);
    // Only gap labels ("free", "… addresses") are measured.
    expect(texts.filter((t) => !t.startsWith("free") && !t.endsWith("addresses"))).toEqual([]);
    expect(ranges.length).toBeGreaterThan(200);
  });
});
