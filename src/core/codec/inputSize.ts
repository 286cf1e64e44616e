import { formatCount } from "../text/formatCount.ts";

/**
 * Largest input read anywhere, in UTF-8 bytes: a config to import, a design file, a decoded
 * link, standard input. 4 MiB is far above any real config (Cilium's full default values are
 * ~100 KB) and small enough that every parse of it stays well under a second.
 */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

/** The limit in words, as every refusal states it. */
export const MAX_INPUT_WORDS = `4 MiB (${formatCount(MAX_INPUT_BYTES)} bytes)`;

/**
 * UTF-8 length of `text` in bytes, counting no further than `stopAfter` (so a huge text is not
 * walked to the end just to be refused). Lone surrogates count 3 bytes, as TextEncoder writes
 * U+FFFD for them.
 */
export function utf8Length(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAfter; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Words for input over the limit, with its size when known, to follow "it is" or "the config
 * is": "5,000,000 bytes, over the limit of 4 MiB (4,194,304 bytes) for any input".
 */
export function overLimitWords(bytes?: number): string {
  const size = bytes === undefined ? "" : `${formatCount(bytes)} bytes, `;
  return `${size}over the limit of ${MAX_INPUT_WORDS} for any input`;
}

/**
 * True when `text` is over {@link MAX_INPUT_BYTES} in UTF-8. Cheap for short text (a length
 * check) and stops counting just past the limit otherwise.
 */
export function overInputLimit(text: string): boolean {
  if (text.length * 3 <= MAX_INPUT_BYTES) return false;
  return text.length > MAX_INPUT_BYTES || utf8Length(text, MAX_INPUT_BYTES) > MAX_INPUT_BYTES;
}
