import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileLinkDesign } from "../../test/core/codec/hostileLinks.ts";
import { labelTexts, rangesOfEachKind } from "../../test/layout/labelTexts.ts";
import { pairwiseMeasure } from "./pairwiseMeasure.ts";

/**
 * A made-up font shaped the way HarfBuzz shapes one: ligatures ("ffi", "ff", "fi"), pair kerning
 * between glyphs, a contextual colon between digits (a three-glyph context), no kerning across a
 * space. Widths in 1/1,024 px steps, as Chromium reports DejaVu Sans at 12 px.
 */
function fakeFont(text: string): number {
  const glyphs: string[] = [];
  for (let i = 0; i < text.length;) {
    const lig = ["ffi", "ff", "fi"].find((l) => text.startsWith(l, i));
    glyphs.push(lig ?? text.charAt(i));
    i += lig?.length ?? 1;
  }
  const advance = (g: string): number =>
    g === "ffi"
      ? 11
      : g === "ff"
        ? 7.5
        : g === "fi"
          ? 6.75
          : 3 + (g.charCodeAt(0) % 9) * 0.634765625;
  const KERN: Record<string, number> = {
    Te: -2.0390625,
    "P.": -1.869140625,
    "f:": -0.427734375,
    "ff:": -0.873046875,
    "ff.": -0.5,
    re: -0.263671875,
    fa: -0.2109375,
  };
  let w = 0;
  glyphs.forEach((g, i) => {
    w += advance(g) + (KERN[g + (glyphs[i + 1] ?? "")] ?? 0);
    const digit = (s: string | undefined) => s !== undefined && /^[0-9]$/.test(s);
    if (g === ":" && digit(glyphs[i - 1]) && digit(glyphs[i + 1])) w -= 0.5;
  });
  return w;
}

/** The fake font, counting its calls. */
function counted(font: (text: string) => number = fakeFont) {
  const calls: string[] = [];
  return { calls, measure: (text: string) => (calls.push(text), font(text)) };
}

const ALPHABET = "0123456789abcdef.:/- fiTePLorn";

describe("pairwiseMeasure", () => {
  it("gives the width the font gives, ligatures and contexts included", () => {
    const measure = pairwiseMeasure(fakeFont);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ALPHABET), { minLength: 0, maxLength: 40 }),
        (chars) => {
          const text = chars.join("");
          expect(measure(text)).toBe(fakeFont(text));
        },
      ),
      { numRuns: 1000 },
    );
    // Texts a plain sum of pairs gets wrong: the window check sends them to the font whole.
    for (const text of ["fd00:ffff:ffff::1", "office-lan", "1:2:3", "Pod range 10.0.0.0/24"])
      expect(measure(text)).toBe(fakeFont(text));
  });

  it("measures the labels of a large design from a few pieces, every width exact", () => {
    const texts = labelTexts(rangesOfEachKind(200));
    const measure = pairwiseMeasure(fakeFont);
    for (const text of texts) expect(measure(text)).toBe(fakeFont(text));
    // IPv4 labels (IPv6 ones are mostly measured whole: "ff" is a ligature in this font).
    const v4 = texts.filter((t) => !t.includes(":"));
    const font = counted();
    const measureV4 = pairwiseMeasure(font.measure);
    for (const text of v4) expect(measureV4(text)).toBe(fakeFont(text));
    const distinct = new Set(v4).size;
    expect(distinct).toBeGreaterThan(1500);
    // The one-line forms wider than 256 px are measured whole (the map draws those only when seen).
    expect(font.calls.length).toBeLessThan(distinct * 0.6);
  });

  it("measures whole what it cannot read from pieces", () => {
    const font = counted();
    const measure = pairwiseMeasure(font.measure);
    for (const text of ["ab", "Pod range · 10.0.0.0/8", "free: 10.0.0.0 –", "e\u202ex"]) {
      font.calls.length = 0;
      expect(measure(text)).toBe(fakeFont(text));
      expect(font.calls).toEqual([text]);
    }
    // 256 px and wider: measured whole (float sums are exact only below).
    const wide = "0123456789".repeat(8);
    expect(fakeFont(wide)).toBeGreaterThan(256);
    font.calls.length = 0;
    expect(measure(wide)).toBe(fakeFont(wide));
    expect(font.calls.at(-1)).toBe(wide);
  });

  it("turns the pieces off for widths off the 1/65,536 px grid", () => {
    const font = counted((text) => text.length * 7.1);
    const measure = pairwiseMeasure(font.measure);
    const texts = labelTexts(hostileLinkDesign("ipv4")).slice(0, 200);
    for (const text of texts) expect(measure(text)).toBe(text.length * 7.1);
    // One piece found it out; every text after that was measured whole.
    expect(font.calls.length).toBeLessThanOrEqual(texts.length + 1);
  });

  it("turns the pieces off when the first texts disagree with the font measured whole", () => {
    // A four-character context no window of three shows: only the whole-text checks see it.
    const odd = (text: string) => fakeFont(text) - (text.includes("abcd") ? 1 : 0);
    const measure = pairwiseMeasure(odd);
    const texts = ["xabcdx", ...labelTexts(rangesOfEachKind(20))];
    for (const text of texts) expect(measure(text)).toBe(odd(text));
  });

  it("measures whole once pieces cost more than whole texts (random names)", () => {
    const font = counted();
    const measure = pairwiseMeasure(font.measure);
    const texts = fc.sample(
      fc.array(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789-"), {
        minLength: 30,
        maxLength: 40,
      }),
      { numRuns: 2000, seed: 7 },
    );
    for (const chars of texts) expect(measure(chars.join(""))).toBe(fakeFont(chars.join("")));
    expect(font.calls.length).toBeLessThan(600 + 4 * texts.length);
  });
});
