import type { Result } from "../result.ts";

/** Texts a memo keeps before it starts over (a design holds at most a few thousand ranges). */
export const TEXTS_KEPT = 16_384;

/**
 * `parse` memoised by its input text: a design's ranges are read by the schema, the rules, the
 * plans, the map and every fix trial, and each text is parsed once. Results are frozen (the
 * result, its value and the value's object fields), so a caller cannot change what the next one
 * reads; after `kept` texts the memo starts over.
 */
export function memoByText<T extends object>(
  parse: (text: string) => Result<T>,
  kept = TEXTS_KEPT,
): (text: string) => Result<T> {
  const parsed = new Map<string, Result<T>>();
  return (text) => {
    const hit = parsed.get(text);
    if (hit) return hit;
    const result = parse(text);
    if (result.ok) {
      for (const field of Object.values(result.value)) {
        if (typeof field === "object" && field !== null) Object.freeze(field);
      }
      Object.freeze(result.value);
    }
    if (parsed.size >= kept) parsed.clear();
    parsed.set(text, Object.freeze(result));
    return result;
  };
}

/**
 * `format` memoised by its argument's identity when the argument is frozen: the parse memos hand
 * out one frozen object per text (memoByText), and the restore gate, the rules and the map each
 * write the canonical text of the same ranges, so each is written once a session. A frozen value
 * cannot change, so its text cannot go stale; any other value is formatted on every call.
 */
export function memoFrozen<T extends object>(format: (value: T) => string): (value: T) => string {
  const texts = new WeakMap<T, string>();
  return (value) => {
    if (!Object.isFrozen(value)) return format(value);
    let text = texts.get(value);
    if (text === undefined) {
      text = format(value);
      texts.set(value, text);
    }
    return text;
  };
}
