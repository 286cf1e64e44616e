import { parseAllDocuments } from "yaml";
import { isRecord } from "../core/codec/untrusted.ts";

/** Largest config text read, in characters. */
export const MAX_CONFIG_LENGTH = 1024 * 1024;

/**
 * Parses YAML text into its documents' plain values (multi-document streams included); undefined
 * when any document has a syntax error. Aliases are expanded with a cap, so "billion laughs" input
 * cannot blow up.
 */
export function yamlDocuments(text: string): unknown[] | undefined {
  try {
    const docs = parseAllDocuments(text, { prettyErrors: false });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length > 0)) return undefined;
    return docs
      .map((d) => d.toJS({ maxAliasCount: 100 }) as unknown)
      .filter((v) => v !== null && v !== undefined);
  } catch {
    return undefined;
  }
}

/**
 * The first YAML syntax error in `text` as "<problem> at line L, column C", or undefined when
 * the text parses (or is not YAML-shaped enough to report on). Never throws.
 */
export function yamlSyntaxError(text: string): string | undefined {
  try {
    const docs = parseAllDocuments(text);
    if (!Array.isArray(docs)) return undefined;
    const error = docs.flatMap((d) => d.errors)[0];
    return error?.message.split(":\n")[0]?.trim();
  } catch {
    return undefined;
  }
}

/** Notes every key of `object` outside `known`, as "<prefix><key>: ignored (<why>)". */
export function noteUnknownKeys(
  object: Record<string, unknown>,
  known: readonly string[],
  prefix: string,
  why: string,
  messages: string[],
): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) messages.push(`${prefix}${key}: ignored (${why})`);
  }
}

/** Whether the dotted `path` ("ipam.operator.clusterPoolIPv4MaskSize") is set in `doc`. */
function hasPath(doc: Record<string, unknown>, path: string): boolean {
  const parts = path.split(".");
  const last = parts.pop() ?? "";
  let at = doc;
  for (const part of parts) at = recordAt(at, part);
  return at[last] !== undefined && at[last] !== null;
}

/** Notes, in one line, which of the dotted `paths` the file sets: "keys read: a.b, c". */
export function noteKeysRead(
  doc: Record<string, unknown>,
  paths: readonly string[],
  messages: string[],
): void {
  const read = paths.filter((path) => hasPath(doc, path));
  if (read.length > 0) messages.push(`keys read: ${read.join(", ")}`);
}

/** The record at `key`, or an empty one. */
export function recordAt(object: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = object[key];
  return isRecord(value) ? value : {};
}
