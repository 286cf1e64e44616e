import { z } from "./zod.ts";

/** Most entries `imported.sources` and `imported.placeholders` may hold each. */
export const MAX_IMPORTED_ENTRIES = 64;

/** Most files a merged import names (ADR 0130). */
export const MAX_IMPORTED_FILES = 16;

/** Most refusals an imported design carries. */
export const MAX_IMPORTED_REFUSALS = 32;

const text = (max: number) => z.string().check(z.maxLength(max));

/** What a component said about the imported file (an import finding, ADR 0120). */
export const importedRefusalSchema = z.object({
  severity: z.enum(["error", "warning"]),
  component: text(120),
  key: text(200),
  quoted: z.optional(text(600)),
  message: text(600),
});

/**
 * What an import read, kept with the design it made (ADR 0120): the format, where each value came
 * from (`sources`: design path → the file's key or the component default that applies),
 * the paths the file did not declare (`placeholders`), and what the file's own components refuse;
 * for named or merged imports, the files read (`files`) and the file each value came from
 * (`origins`, ADR 0130).
 */
export const importedSchema = z.object({
  format: text(64),
  sources: z
    .record(text(200), text(300))
    .check(
      z.refine(
        (r) => Object.keys(r).length <= MAX_IMPORTED_ENTRIES,
        `at most ${MAX_IMPORTED_ENTRIES} sources`,
      ),
    ),
  placeholders: z.array(text(200)).check(z.maxLength(MAX_IMPORTED_ENTRIES)),
  refusals: z.array(importedRefusalSchema).check(z.maxLength(MAX_IMPORTED_REFUSALS)),
  /** The names of the files read, in order (ADR 0130); absent in designs imported before it. */
  files: z.optional(z.array(text(200)).check(z.maxLength(MAX_IMPORTED_FILES))),
  /** Design path → the name of the file its value (and source) came from (ADR 0130). */
  origins: z.optional(
    z
      .record(text(200), text(200))
      .check(
        z.refine(
          (r) => Object.keys(r).length <= MAX_IMPORTED_ENTRIES,
          `at most ${MAX_IMPORTED_ENTRIES} origins`,
        ),
      ),
  ),
});

/** The provenance of an imported design. */
export type Imported = z.infer<typeof importedSchema>;

/** One refusal the import found, kept on the design. */
export type ImportedRefusal = z.infer<typeof importedRefusalSchema>;

/** True when `field` ("nodes.networks.0.cidr") is `path` ("nodes.networks") or lies under it. */
export function isUnder(field: string, path: string): boolean {
  return field === path || field.startsWith(`${path}.`);
}

/** The placeholder path `field` lies under, if any. */
export function placeholderOf(imported: Imported | undefined, field: string): string | undefined {
  return imported?.placeholders.find((p) => isUnder(field, p));
}

/** A record's entries sorted by key (files and links of equal designs match). */
const sorted = (record: Record<string, string>): Record<string, string> =>
  Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, record[k] ?? ""]),
  );

/** The file a design path's value came from, when the import named its files. */
export function originOf(imported: Imported | undefined, path: string): string | undefined {
  const origins = imported?.origins;
  if (!origins) return undefined;
  const key = Object.keys(origins).find((p) => isUnder(path, p) || isUnder(p, path));
  return key === undefined ? undefined : origins[key];
}

/** A copy of `imported` with keys in a fixed order (files and links of equal designs match). */
export function orderImported(imported: Imported): Imported {
  return {
    format: imported.format,
    sources: sorted(imported.sources),
    placeholders: [...imported.placeholders],
    refusals: imported.refusals.map((r) => ({
      severity: r.severity,
      component: r.component,
      key: r.key,
      ...(r.quoted === undefined ? {} : { quoted: r.quoted }),
      message: r.message,
    })),
    ...(imported.files === undefined ? {} : { files: [...imported.files] }),
    ...(imported.origins === undefined ? {} : { origins: sorted(imported.origins) }),
  };
}
