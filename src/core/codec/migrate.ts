import { DESIGN_SCHEMA_VERSION } from "../design/schema.ts";
import { fail, ok, type Result } from "../result.ts";
import { describeValue } from "./quote.ts";

/** One step from schema version n to n + 1: takes the old plain data, returns the new and notes. */
export type Migration = (design: Record<string, unknown>) => {
  design: Record<string, unknown>;
  notices: string[];
};

/**
 * The migration table: entry i turns schema version i + 1 into i + 2. Empty while only version 1
 * exists; adding schema version 2 means appending one function here (a test checks the length).
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings plain design data to {@link DESIGN_SCHEMA_VERSION}: a missing `schemaVersion` is read as
 * 1 (with a notice), a newer or malformed one is refused, older ones run through
 * {@link MIGRATIONS} in order. Never mutates its input.
 */
export function migrateDesign(
  input: Record<string, unknown>,
): Result<{ design: Record<string, unknown>; notices: string[] }> {
  const notices: string[] = [];
  let version: unknown = input.schemaVersion;
  if (version === undefined) {
    notices.push("schemaVersion was missing; the data was read as schema version 1");
    version = 1;
  }
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return fail(`schemaVersion: ${describeValue(version)} is not a schema version (1, 2, …)`);
  }
  if (version > DESIGN_SCHEMA_VERSION) {
    return fail(
      `schemaVersion: this design was made by a newer version of the app (schema ${version}); this version reads schema ${DESIGN_SCHEMA_VERSION} and older`,
    );
  }
  let design: Record<string, unknown> = { ...input, schemaVersion: version };
  for (let v = version; v < DESIGN_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v - 1];
    if (!step) return fail(`schemaVersion: no migration from schema ${v} to ${v + 1}`);
    const next = step(design);
    design = { ...next.design, schemaVersion: v + 1 };
    for (const notice of next.notices) notices.push(notice);
  }
  return ok({ design, notices });
}
