import { formatCount } from "../text/formatCount.ts";
import { escapeUnsafe } from "./safeEcho.ts";

/** Longest piece of untrusted text echoed back in a message, in characters. */
export const ECHO_LIMIT = 60;

/** Longest message the codec returns, in characters. */
const MESSAGE_LIMIT = 300;

/**
 * Quotes untrusted text for a message: JSON-escaped (control characters, quotes), cut to
 * {@link ECHO_LIMIT} characters with an ellipsis, bidi and zero-width characters escaped too
 * ({@link escapeUnsafe}), and with `<`/`>` escaped so a markup-carrying value reads as inert text
 * wherever the message ends up.
 */
export function quote(text: string): string {
  const cut = text.length > ECHO_LIMIT ? `${text.slice(0, ECHO_LIMIT)}…` : text;
  return escapeUnsafe(JSON.stringify(cut)).replace(/</g, "\\u003c").replace(/>/g, "\\u003e");
}

/** Describes any untrusted value in a few words: strings quoted, lists and objects by kind. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? "" : "s"}`;
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Makes a message safe to show: an echoed `raw` value is replaced by its {@link quote}d form,
 * anything still looking like a tag opener is escaped, and the message is capped in length.
 */
export function safeMessage(message: string, raw?: string): string {
  let text = message;
  if (raw !== undefined && raw.length > 0) {
    text = text.split(`"${raw}"`).join(quote(raw));
    if (raw.length > ECHO_LIMIT) text = text.split(raw).join(quote(raw).slice(1, -1));
  }
  text = text.replace(/<(?=[a-zA-Z/!?])/g, "\\u003c");
  return text.length > MESSAGE_LIMIT ? `${text.slice(0, MESSAGE_LIMIT)}…` : text;
}

/** Longest run of non-space characters echoed whole by {@link clipLongRuns}. */
export const LONG_RUN = 300;

/**
 * Cuts every run of more than {@link LONG_RUN} non-space characters in a message to its first
 * {@link ECHO_LIMIT} characters and its length ("xxxx…(100,000 characters)"), so a 100,000-character
 * flag value or file name is echoed in one line, not in full. Paths and lists of words pass.
 */
export function clipLongRuns(text: string): string {
  if (text.length <= LONG_RUN) return text;
  return text.replace(
    new RegExp(`\\S{${LONG_RUN + 1},}`, "g"),
    (run) => `${run.slice(0, ECHO_LIMIT)}…(${formatCount(run.length)} characters)`,
  );
}
