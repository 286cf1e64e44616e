import { safeMessage } from "../../core/codec/quote.ts";

/**
 * What a failed panel says about the error: its message (or the thrown value's kind), made safe to
 * show and capped in length, so a hostile value in an error cannot forge or flood the page.
 */
export function failureText(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message || error.name
      : typeof error === "string"
        ? error
        : `a thrown ${error === null ? "null" : typeof error}`;
  // Control, bidi and zero-width characters are shown as escapes, never acted on.
  const visible = raw.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return safeMessage(visible.trim() === "" ? "an unknown error" : visible);
}
