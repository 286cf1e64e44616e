import { fail, ok, type Result } from "../../core/result.ts";

/** Parses a whole number typed by a person ("1,000" and spaces allowed) within [min, max]. */
export function parseInteger(text: string, min: number, max: number): Result<number> {
  const cleaned = text.replace(/[\s,_]/g, "");
  if (!/^\d+$/.test(cleaned)) return fail(`"${text}" is not a whole number (${min} to ${max})`);
  const n = Number(cleaned);
  if (n < min || n > max) return fail(`enter a whole number from ${min} to ${max}`);
  return ok(n);
}
