import { z } from "./zod.ts";

/** Most entries `imported.sources` and `imported.placeholders` may hold each. */
export const MAX_IMPORTED_ENTRIES = 64;

/** Most refusals an imported design carries. */
export const MAX_IMPORTED_REFUSALS = 32;

const text = (max: number) => z.string().max(max);

/** What a component said about the imported file (an import finding, ADR 0120). */
export const importedRefusalSchema = z.object({
  severity: z.enum(["error", "warning"]),
  component: text(120),
  key: text(200),
  quoted: text(600).optional(),
  message: text(600),
});

/**
 * What an import read, kept with the design it made (ADR 0120): the format, where each value came
 * from (`sources`: design path → the file's key or the component default that applies),
 * the paths the file did not declare (`placeholders`), and what the file's own components refuse.
 */
export const importedSchema = z.object({
  format: text(64),
  sources: z
    .record(text(200), text(300))
    .refine(
      (r) => Object.keys(r).length <= MAX_IMPORTED_ENTRIES,
      `at most ${MAX_IMPORTED_ENTRIES} sources`,
    ),
  placeholders: z.array(text(200)).max(MAX_IMPORTED_ENTRIES),
  refusals: z.array(importedRefusalSchema).max(MAX_IMPORTED_REFUSALS),
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

/** A copy of `imported` with keys in a fixed order (files and links of equal designs match). */
export function orderImported(imported: Imported): Imported {
  return {
    format: imported.format,
    sources: Object.fromEntries(
      Object.keys(imported.sources)
        .sort()
        .map((k) => [k, imported.sources[k] ?? ""]),
    ),
    placeholders: [...imported.placeholders],
    refusals: imported.refusals.map((r) => ({
      severity: r.severity,
      component: r.component,
      key: r.key,
      ...(r.quoted === undefined ? {} : { quoted: r.quoted }),
      message: r.message,
    })),
  };
}
