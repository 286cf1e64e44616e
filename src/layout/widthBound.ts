import type { Measure } from "./planLabels.ts";

/** A text is at most its characters' widths summed, times this, plus SLACK px (kerning room). */
const SPREAD = 1.125;
const SLACK = 1;
/** Bounds checked against the measure at the start, and then one in this many. */
const FIRST_CHECKS = 16;
const CHECK_EVERY = 256;
/** Printable ASCII: no bidi, no combining marks, no complex script (they shape otherwise). */
const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * `measure` with an `atMost`: a whole number of px no smaller than the font's width of a text
 * (`real`: the canvas's measureText; `measure` is it rounded up, or read from pieces), from its
 * characters' widths alone (`charWidth`, by char code: pairwiseMeasure's table, so each
 * character is measured once per session for both): summed, times 1.125, plus 1 px, rounded
 * up. Pair kerning moves a label text by about 1 % of its width in the fonts seen (DejaVu Sans,
 * system-ui), so the margin is wide; it is checked, not assumed: the first 16 bounds and one in
 * 256 after are compared with `real` (one measure of the whole text), and a text wider than its
 * bound turns the bound off for the session (every later `atMost` is `measure`). Anything but
 * printable ASCII, or a character without a finite width, is measured.
 *
 * The plan layout needs a label's width only when the label may be wider than its tile's least
 * width (planLayout): on a wide map that is almost never, so thousands of label texts need no
 * measure at all (ADR 0075).
 */
export function withUpperBound(
  measure: Measure,
  real: (text: string) => number,
  charWidth: (code: number) => number,
): Measure {
  let bounded = 0;
  let on = true;
  const atMost = (text: string): number => {
    if (!on || !PRINTABLE.test(text)) return measure(text);
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += charWidth(text.charCodeAt(i));
    const bound = Math.ceil(sum * SPREAD + SLACK);
    if (!Number.isFinite(bound)) return measure(text);
    bounded++;
    if (bounded <= FIRST_CHECKS || bounded % CHECK_EVERY === 0) {
      if (real(text) > bound) {
        on = false;
        return measure(text);
      }
    }
    return bound;
  };
  return Object.assign((text: string) => measure(text), { atMost });
}
