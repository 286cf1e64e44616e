import { isRecord } from "../core/codec/untrusted.ts";

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
