/**
 * Characters that must never reach a terminal or a page raw from input: controls (C0, DEL, C1:
 * terminal escape sequences, carriage returns that overwrite a line), format characters (bidi
 * overrides and isolates such as U+202E, zero-width spaces and joiners, U+FEFF, tag characters),
 * lone surrogates, and the line and paragraph separators. They can forge, hide or reorder text.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** The same, but newlines and tabs pass: for multi-line text we wrote ourselves (reports). */
const UNSAFE_BUT_LINES = /(?![\n\t])[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

const SHORT: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** `\u202e` for a BMP character, `\u{e0041}` beyond it; `\n`, `\r` and `\t` as such. */
function escapeOne(char: string): string {
  const short = SHORT[char];
  if (short) return short;
  const code = char.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}

/**
 * Escapes every control, bidi, zero-width and other invisible formatting character of text
 * echoed from input (a key, a file name, a value), newlines included: "a\u202eb" reads
 * `a\u202eb`, so it can neither hide nor reorder nor forge text where it is shown. Printable
 * text, accents and emoji without joiners are unchanged.
 */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * {@link escapeUnsafe} for whole multi-line output (a report, a stream of messages): newlines and
 * tabs pass, everything else unsafe is escaped. Values echoed inside it should have passed
 * escapeUnsafe already, so that their own newlines cannot forge a line.
 */
export function escapeUnsafeKeepLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINES, escapeOne);
}
