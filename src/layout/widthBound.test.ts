import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelTexts, rangesOfEachKind } from "../../test/layout/labelTexts.ts";
import { hostileLinkDesign } from "../../test/core/codec/hostileLinks.ts";
import { pairwiseMeasure } from "./pairwiseMeasure.ts";
import { withUpperBound } from "./widthBound.ts";

/** A made-up font: advances by character, kerning by pair (negative and positive), in 1/1,024 px. */
function font(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    w += 3 + (c % 9) * 0.634765625;
    const pair = text.slice(i, i + 2);
    if (pair === "Te" || pair === "P.") w -= 1.5;
    if (pair === "1/" || pair === "l-") w += 0.2509765625;
  }
  return w;
}

/**
 * `real` counting its calls, and the bounded measure over it as the map builds it: rounded up,
 * read from pieces, with the pieces' table of character widths.
 */
function bounded(real: (text: string) => number = font) {
  const calls: string[] = [];
  const counted = (text: string): number => (calls.push(text), real(text));
  const pieces = pairwiseMeasure(counted);
  const measure = withUpperBound((text) => Math.ceil(pieces(text)), counted, pieces.charWidth);
  return { calls, measure, pieces, atMost: measure.atMost as (text: string) => number };
}

describe("withUpperBound", () => {
  it("bounds every label text from above by a whole number, and measures as before", () => {
    const { measure, atMost } = bounded();
    const texts = [rangesOfEachKind(40), hostileLinkDesign("ipv6")].flatMap(labelTexts);
    for (const t of texts) {
      expect(measure(t)).toBe(Math.ceil(font(t)));
      const bound = atMost(t);
      expect(Number.isInteger(bound)).toBe(true);
      expect(bound).toBeGreaterThanOrEqual(Math.ceil(font(t)));
      // Not a uselessly loose bound: within the 1/8 and 2 px of the characters' sum.
      expect(bound).toBeLessThanOrEqual(Math.ceil(font(t) * 1.2) + 2);
    }
  });

  it("holds for any printable text", () => {
    const { atMost } = bounded();
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii", maxLength: 60 }), (t) => {
        expect(atMost(t)).toBeGreaterThanOrEqual(Math.ceil(font(t)));
      }),
    );
  });

  it("measures each character once, and the whole text only for its checks", () => {
    const { calls, atMost } = bounded();
    const texts = Array.from({ length: 2_000 }, (_, i) => `Pod range 10.${i >> 8}.${i & 255}.0/24`);
    for (const t of texts) atMost(t);
    const chars = new Set(texts.join(""));
    const wholes = calls.filter((c) => c.length > 1);
    expect(calls.length - wholes.length).toBe(chars.size);
    // The first 16 bounds and one in 256 after are checked against the font.
    expect(wholes).toEqual(texts.filter((_, i) => i < 16 || (i + 1) % 256 === 0));
  });

  it("shares the pieces' character widths: no character is measured twice", () => {
    const { calls, measure, atMost } = bounded();
    const texts = Array.from({ length: 300 }, (_, i) => `Pod range 10.${i >> 4}.${i & 15}.0/28`);
    // The layout asks the bound first, then measures some texts (read from pieces).
    for (const t of texts) atMost(t);
    for (const t of texts) expect(measure(t)).toBe(Math.ceil(font(t)));
    const chars = calls.filter((c) => c.length === 1);
    expect(chars.length).toBe(new Set(texts.join("")).size);
    expect(new Set(chars).size).toBe(chars.length);
  });

  it("turns itself off for the session when a text is wider than its bound", () => {
    // A font whose "AV" pair is kerned far apart: the characters' sum is no bound of it.
    const wide = (t: string): number => font(t) + 12 * (t.split("AV").length - 1);
    const { atMost } = bounded(wide);
    expect(atMost("Pod range 10.0.0.0/24")).toBeGreaterThanOrEqual(Math.ceil(wide("Pod range")));
    expect(atMost("AVAVAVAV")).toBe(Math.ceil(wide("AVAVAVAV")));
    // Every later bound is the measure itself.
    expect(atMost("Pod range 10.0.1.0/24")).toBe(Math.ceil(font("Pod range 10.0.1.0/24")));
  });

  it("measures texts that are not printable ASCII, and characters without a width", () => {
    const { atMost } = bounded();
    expect(atMost("east-2 · Pod range")).toBe(Math.ceil(font("east-2 · Pod range")));
    const none = bounded((t) => (t === "x" ? Number.NaN : font(t)));
    // "x" has no width: the text holding it is measured (the measure here is the whole text's).
    expect(none.atMost("box 10.0.0.0/8")).toBe(Math.ceil(font("box 10.0.0.0/8")));
    expect(none.atMost("Pod range")).toBeGreaterThanOrEqual(Math.ceil(font("Pod range")));
  });
});
