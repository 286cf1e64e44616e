import type { Design } from "./schema.ts";

/**
 * The design with one placeholder confirmed (ADR 0130): the user says the stand-in value at
 * `path` is the cluster's real value, so it is no longer marked and findings on it are no longer
 * held back. The value itself is unchanged; a path that is no placeholder changes nothing.
 */
export function confirmPlaceholder(design: Design, path: string): Design {
  const imported = design.imported;
  if (!imported?.placeholders.includes(path)) return design;
  return {
    ...design,
    imported: { ...imported, placeholders: imported.placeholders.filter((p) => p !== path) },
  };
}
