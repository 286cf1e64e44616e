import type { Result } from "../../../src/core/result.ts";

/** The message of a result that must be a refusal; throws (failing the test) when it is not. */
export function refusalOf<T>(result: Result<T>): string {
  if (result.ok) throw new Error("expected a refusal");
  return result.error;
}
