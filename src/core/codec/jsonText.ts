import { fail, ok, type Result } from "../result.ts";
import { duplicateJsonKey } from "./duplicateJsonKey.ts";
import { quote, safeMessage } from "./quote.ts";

/** Line and column (1-based) of a character offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

/** V8 shows this many characters of context on each side of a bad token. */
const V8_CONTEXT = 10;

/**
 * Recovers the offset of a bad token from V8's `Unexpected token 'x', …"snippet"… is not valid
 * JSON`, which gives context instead of a position; the end of the text when nothing matches.
 */
function offsetFromSnippet(text: string, message: string): number {
  const m = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!m) return text.length;
  const [, token = "", lead, snippet = "", trail] = m;
  if (lead) {
    const start = text.indexOf(snippet);
    return start < 0 ? text.length : start + V8_CONTEXT;
  }
  if (trail) return Math.max(0, snippet.length - V8_CONTEXT);
  const at = text.indexOf(token);
  return at < 0 ? text.length : at;
}

/**
 * Parses JSON text; on a syntax error returns a message with the line and column (taken from the
 * engine's "position N", else the end of the text) and the engine's reason, without its echo of
 * the input. A key given twice in one object is refused the same way (duplicateJsonKey), where
 * JSON.parse would keep its last value silently. Never throws.
 */
export function parseJsonText(text: string): Result<unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    const repeated = duplicateJsonKey(text);
    if (!repeated) return ok(value);
    const { line, column } = lineColumn(text, repeated.offset);
    return fail(
      `line ${line}, column ${column}: the key ${quote(repeated.key)} is given twice in one object`,
    );
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(raw);
    const firefox = /at line (\d+) column (\d+)/.exec(raw);
    const { line, column } = firefox
      ? { line: Number(firefox[1]), column: Number(firefox[2]) }
      : lineColumn(text, position ? Number(position[1]) : offsetFromSnippet(text, raw));
    const reason = raw
      .replace(/^JSON\.parse: /, "")
      .replace(/ at line \d+ column \d+ of the JSON data$/, "")
      .replace(/,? ".*" is not valid JSON$/s, "")
      .replace(/ in JSON at position \d+.*$/s, "")
      .replace(/^Unexpected token '?(.)'?.*$/s, "unexpected character '$1'")
      .trim();
    return fail(safeMessage(`line ${line}, column ${column}: ${reason || "not valid JSON"}`));
  }
}
