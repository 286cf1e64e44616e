import { safeMessage } from "../../core/codec/quote.ts";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";

/**
 * What a failed panel says about the error: its message (or the thrown value's kind), with
 * control, bidi and zero-width characters shown escaped (escapeUnsafe) and capped in length
 * (safeMessage), so a hostile value in an error cannot forge or flood the page.
 */
export function failureText(error: unknown): string {
  const raw =
    error instanceof Error
      ? error.message || error.name
      : typeof error === "string"
        ? error
        : `a thrown ${error === null ? "null" : typeof error}`;
  const visible = escapeUnsafe(raw);
  return safeMessage(visible.trim() === "" ? "an unknown error" : visible);
}
