import type { Design } from "./schema.ts";

/** The value at a dotted design path ("nodes.networks", "ipv4.nodeMask"), as JSON text. */
function valueText(design: Design, path: string): string {
  let at: unknown = design;
  for (const part of path.split(".")) {
    if (at === null || typeof at !== "object") return "undefined";
    at = (at as Record<string, unknown>)[part];
  }
  return JSON.stringify(at) ?? "undefined";
}

/**
 * The provenance an edit leaves (ADR 0120): a placeholder or source whose value the edit changed
 * is dropped (the value is now the user's), and the file's refusals go at the first change (they
 * describe the file as imported). `imported` goes when nothing is left. Returns `after` itself
 * when there is nothing to settle, or when its provenance is not the one `before` had (a design
 * replaced by an import or a file keeps its own).
 */
export function settleImported(before: Design, after: Design): Design {
  const imported = after.imported;
  // Only an edit carries the same provenance over; a replaced or opened design keeps its own.
  if (!imported || after === before || imported !== before.imported) return after;
  const same = (path: string) => valueText(before, path) === valueText(after, path);
  const sourceKeys = Object.keys(imported.sources);
  const keptSources = sourceKeys.filter(same);
  const keptPlaceholders = imported.placeholders.filter(same);
  const keptOrigins = Object.keys(imported.origins ?? {}).filter(same);
  const changed =
    JSON.stringify({ ...before, imported: undefined }) !==
    JSON.stringify({ ...after, imported: undefined });
  if (
    !changed &&
    keptSources.length === sourceKeys.length &&
    keptPlaceholders.length === imported.placeholders.length &&
    keptOrigins.length === Object.keys(imported.origins ?? {}).length
  )
    return after;
  const rest: Design = { ...after };
  delete rest.imported;
  if (keptSources.length === 0 && keptPlaceholders.length === 0) return rest;
  const origins = imported.origins;
  return {
    ...rest,
    imported: {
      format: imported.format,
      sources: Object.fromEntries(keptSources.map((k) => [k, imported.sources[k] ?? ""])),
      placeholders: keptPlaceholders,
      refusals: changed ? [] : imported.refusals,
      ...(imported.files === undefined ? {} : { files: imported.files }),
      ...(origins === undefined
        ? {}
        : {
            origins: Object.fromEntries(keptOrigins.map((path) => [path, origins[path] ?? ""])),
          }),
    },
  };
}
