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
/** Windows of three remembered before starting afresh (bounds memory on hostile names). */
const WINDOWS_KEPT = 50_000;
/** Printable ASCII: the texts of labels with no bidi, no combining marks, no complex script. */
const PRINTABLE = /^[\x20-\x7e]*$/;

/** A measure read from pieces, and the width of one character (a code below 128) it keeps. */
export type PairwiseMeasure = Measure & { readonly charWidth: (code: number) => number };

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
 *
 * `charWidth` reads a printable ASCII character's width (by char code) from the same table the
 * pieces use, measuring it on first use, whether or not the pieces are on: the plan layout's
 * upper bound (withUpperBound) sums them, so no character is measured twice in a session.
 */
export function pairwiseMeasure(measure: Measure): PairwiseMeasure {
  // Characters and pairs by char code (printable ASCII: 7 bits each); NaN until measured.
  const chars = new Float64Array(128).fill(Number.NaN);
  const pairs = new Float64Array(128 * 128).fill(Number.NaN);
  const windows = new Map<number, boolean>();
  let pieces = 0;
  let served = 0;
  let on = true;
  const piece = (text: string): number => {
    const w = measure(text);
    pieces++;
    if (!Number.isInteger(w * STEP)) on = false;
    return w;
  };
  const char = (c: number): number => {
    const w = chars[c]!;
    return Number.isNaN(w) ? (chars[c] = piece(String.fromCharCode(c))) : w;
  };
  const pair = (a: number, b: number): number => {
    const w = pairs[(a << 7) | b]!;
    return Number.isNaN(w) ? (pairs[(a << 7) | b] = piece(String.fromCharCode(a, b))) : w;
  };
  /** True when the window a b c measures as its two pairs less its middle. */
  const fits = (a: number, b: number, c: number): boolean => {
    const key = (a << 14) | (b << 7) | c;
    let ok = windows.get(key);
    if (ok === undefined) {
      ok = piece(String.fromCharCode(a, b, c)) === pair(a, b) + pair(b, c) - char(b);
      if (windows.size >= WINDOWS_KEPT) windows.clear();
      windows.set(key, ok);
    }
    return ok;
  };
  const fromPieces = (text: string): number | undefined => {
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    let w = pair(a, b);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!on || !fits(a, b, c)) return undefined;
      w += pair(b, c) - char(b);
      a = b;
      b = c;
    }
    return on && w < EXACT_BELOW ? w : undefined;
  };
  const width = (text: string): number => {
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
  return Object.assign(width, { charWidth: char });
}
