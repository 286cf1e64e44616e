import { expect, test, type Page } from "@playwright/test";
import { PRESETS } from "../src/core/design/presets.ts";
import { pairwiseMeasure } from "../src/layout/pairwiseMeasure.ts";
import { withUpperBound } from "../src/layout/widthBound.ts";
import { LABEL_FONT } from "../src/ui/treemap/labels.ts";
import { hostileLinkDesign } from "../test/core/codec/hostileLinks.ts";
import { largeDesign } from "../test/core/codec/largeDesign.ts";
import { labelTexts, rangesOfEachKind } from "../test/layout/labelTexts.ts";

/** The browser's canvas widths of `texts` in the map's label font. */
function canvasWidths(page: Page, texts: string[]): Promise<number[]> {
  return page.evaluate(
    ([font, list]) => {
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = font;
      return list.map((t) => ctx.measureText(t).width);
    },
    [LABEL_FONT, texts] as const,
  );
}

/**
 * The map sizes tiles by label widths read from pairs of characters (pairwiseMeasure); only
 * this browser's real font shaping can say they equal measureText's. Each label text of large
 * designs (both families, hostile links, presets) is measured both ways here, with every piece
 * the model could ask for measured by the browser first. The plan layout's cheap bound from the
 * characters' widths (widthBound.ts) is checked against the same widths.
 */
test("label widths read from pairs of characters equal the canvas's, text by text", async ({
  page,
}) => {
  const designs = [rangesOfEachKind(300), largeDesign(), ...PRESETS.map((p) => p.design)];
  designs.push(hostileLinkDesign("ipv4"), hostileLinkDesign("ipv6"));
  const texts = [...new Set(designs.flatMap(labelTexts))];
  // Every piece the model could ask for: each text's characters, pairs and windows of three.
  const pieces = new Set<string>();
  for (const t of texts)
    for (let n = 1; n <= 3; n++)
      for (let i = 0; i + n <= t.length; i++) pieces.add(t.slice(i, i + n));
  const all = [...texts, ...pieces];
  const widths = await canvasWidths(page, all);
  const real = new Map(all.map((t, i) => [t, widths[i]!]));
  let calls = 0;
  const measure = pairwiseMeasure((t) => real.get(t)!);
  const model = texts.map((t) => measure(t));
  const wrong = texts.filter((t, i) => model[i] !== real.get(t));
  expect(wrong).toEqual([]);
  expect(texts.length).toBeGreaterThan(3000);
  // Fewer measures than texts for IPv4 labels, though each text here is distinct: pieces are
  // shared. (IPv6 texts holding "ff" are measured whole where that is a ligature, as in DejaVu
  // Sans; one-line forms wider than 256 px too.)
  const v4 = texts.filter((t) => !t.includes(":"));
  calls = 0;
  const fresh = pairwiseMeasure((t) => (calls++, real.get(t)!));
  expect(v4.filter((t) => fresh(t) !== real.get(t))).toEqual([]);
  expect(calls).toBeLessThan(v4.length * 0.6);
  // The layout's cheap bound (widthBound.ts) is no narrower than the font's width of any text,
  // and stays on (a text wider than its bound would turn it into the measure itself).
  const exact = (t: string) => Math.ceil(real.get(t)!);
  const chars = pairwiseMeasure((t) => real.get(t)!).charWidth;
  const atMost = withUpperBound(exact, (t) => real.get(t)!, chars).atMost!;
  expect(texts.filter((t) => atMost(t) < exact(t))).toEqual([]);
  const ascii = texts.filter((t) => /^[\x20-\x7e]{8,}$/.test(t));
  expect(ascii.filter((t) => atMost(t) === exact(t)).length).toBeLessThan(ascii.length * 0.05);
});
