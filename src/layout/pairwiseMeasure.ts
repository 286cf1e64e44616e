import type { Measure } from "./planLabels.ts";

/** Widths come in steps of 1/65,536 px (HarfBuzz's 16.16 positions): checked on every piece. */
const STEP = 65_536;
/** Below this width any sum of such steps is exact in a float, in any order (2^24 steps). */
const EXACT_BELOW = 256;
/** Texts measured whole as well at the start, and then one in this many, to check the pieces. */
const FIRST_CHECKS = 16;
const CHECK_EVERY = 256;
/** Piece measures allowed: a start-up allowance, then this many per text served. */
const PIECE_ALLOWANCE = 600;
const PIECES_PER_TEXT = 3;
/** Pieces remembered before starting afresh (bounds memory on hostile names). */
const PIECES_KEPT = 50_000;
/** Printable ASCII: the texts of labels with no bidi, no combining marks, no complex script. */
const PRINTABLE = /^[\x20-\x7e]*$/;

/**
 * `measure` (the canvas's measureText width) read from a text's pieces instead of shaping each
 * text whole: a text's width is the sum of its neighbouring pairs' widths less its inner
 * characters' widths (each pair carries its kerning). Exact when the font shapes the text pair
 * by pair, which is checked, not assumed: every three-character window of the text must measure
 * as its two pairs less the middle character (a ligature such as DejaVu's "ff" or a contextual
 * form fails that), every piece's width must be a whole number of 1/65,536 px steps and the sum
 * below 256 px (so the float sums are exact); otherwise the text is measured whole. The first
 * texts and then one in 256 are also measured whole and compared; a difference, or pieces
 * costing more than measuring whole (random names), turns the pieces off for good. Only
 * printable ASCII texts of 3 or more characters are read from pieces.
 *
 * A design with thousands of ranges has thousands of distinct label texts but a few hundred
 * distinct pairs and windows (digits, dots, role words): ~1,800 short measures instead of ~9,000
 * whole ones (ADR 0090).
 */
export function pairwiseMeasure(measure: Measure): Measure {
  const widths = new Map<string, number>();
  const fitting = new Map<string, boolean>();
  let pieces = 0;
  let served = 0;
  let on = true;
  const piece = (text: string): number => {
    let w = widths.get(text);
    if (w === undefined) {
      w = measure(text);
      pieces++;
      if (!Number.isInteger(w * STEP)) on = false;
      if (widths.size >= PIECES_KEPT) widths.clear();
      widths.set(text, w);
    }
    return w;
  };
  /** True when the window `text[at-1..at+1]` measures as its two pairs less its middle. */
  const fits = (text: string, at: number): boolean => {
    const window = text.slice(at - 1, at + 2);
    let ok = fitting.get(window);
    if (ok === undefined) {
      const pairs = piece(window.slice(0, 2)) + piece(window.slice(1));
      ok = piece(window) === pairs - piece(window.charAt(1));
      if (fitting.size >= PIECES_KEPT) fitting.clear();
      fitting.set(window, ok);
    }
    return ok;
  };
  const fromPieces = (text: string): number | undefined => {
    let w = piece(text.slice(0, 2));
    for (let at = 1; at + 1 < text.length; at++) {
      if (!on || !fits(text, at)) return undefined;
      w += piece(text.slice(at, at + 2)) - piece(text.charAt(at));
    }
    return on && w < EXACT_BELOW ? w : undefined;
  };
  return (text) => {
    if (!on || text.length < 3 || !PRINTABLE.test(text)) return measure(text);
    served++;
    if (pieces > PIECE_ALLOWANCE + PIECES_PER_TEXT * served) on = false;
    const w = on ? fromPieces(text) : undefined;
    if (w === undefined) return measure(text);
    if (served <= FIRST_CHECKS || served % CHECK_EVERY === 0) {
      const whole = measure(text);
      if (whole !== w) on = false;
      return whole;
    }
    return w;
  };
}
