import { fail, ok, type Result } from "../result.ts";
import { formatCount } from "../text/formatCount.ts";
import { quote } from "./quote.ts";

/** Keys that could reach `Object.prototype` if some later code assigned them; refused anywhere. */
export const POLLUTING_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** Deepest nesting accepted in untrusted data (a design is 4 levels deep). */
export const MAX_DEPTH = 16;

/** Most values (objects, arrays, scalars) accepted in untrusted data. */
export const MAX_NODES = 20_000;

/** The refusal of data with more than {@link MAX_NODES} values. */
const TOO_MANY = `the data holds more than ${formatCount(MAX_NODES)} values`;

/** Formats a path like `nodes.networks[0].cidr`; the empty path reads "the design". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "the design" : out;
}

/** A value met by inspectUntrusted: its key in its parent, and how deep it sits. */
interface Visit {
  value: unknown;
  key: PropertyKey | undefined;
  parent: Visit | undefined;
  depth: number;
}

/** The path of a visited value from the top. */
function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.push(at.key!);
  return path.reverse();
}

/**
 * Checks that untrusted input is plain JSON-like data before anything reads it: plain objects,
 * arrays, strings, finite numbers, booleans, null; at most {@link MAX_DEPTH} levels and
 * {@link MAX_NODES} values; no `__proto__`, `constructor` or `prototype` key anywhere. Iterative,
 * so hostile nesting cannot overflow the stack. Strings, booleans and null (most of a design's
 * values, never refused) are counted where they are met, not visited one by one.
 */
export function inspectUntrusted(input: unknown): Result<void> {
  // Each value keeps a link to its parent; a path is spelled out only for a message.
  const stack: Visit[] = [{ value: input, key: undefined, parent: undefined, depth: 0 }];
  let nodes = 0;
  // Counts a child met inside a value: a plain scalar here, anything else visited later.
  const meet = (child: unknown, key: PropertyKey, parent: Visit, depth: number): void => {
    if (child === null || typeof child === "string" || typeof child === "boolean") nodes++;
    else stack.push({ value: child, key, parent, depth });
  };
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { value } = visit;
    if (++nodes > MAX_NODES) return fail(TOO_MANY);
    if (value === null || typeof value === "string" || typeof value === "boolean") continue;
    if (typeof value === "number") {
      if (!Number.isFinite(value))
        return fail(`${formatPath(pathOf(visit))}: numbers must be finite`);
      continue;
    }
    if (typeof value !== "object") {
      return fail(`${formatPath(pathOf(visit))}: a ${typeof value} is not plain data`);
    }
    if (visit.depth >= MAX_DEPTH) return fail(`the data is nested deeper than ${MAX_DEPTH} levels`);
    const keys = Array.isArray(value) ? undefined : Reflect.ownKeys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    // Every value still to visit or met is counted: the same bound as visiting each one.
    if (nodes + stack.length + size > MAX_NODES) {
      // A list or object too long on its own is named, with its length: that is what to cut.
      const alone =
        size > MAX_NODES / 4
          ? `: ${formatPath(pathOf(visit))} alone has ${formatCount(size)} ${keys ? "keys" : "entries"}`
          : "";
      return fail(`${TOO_MANY}${alone}`);
    }
    const depth = visit.depth + 1;
    if (!keys) {
      const list = value as unknown[];
      for (let i = 0; i < list.length; i++) meet(list[i], i, visit, depth);
      continue;
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return fail(`${formatPath(pathOf(visit))}: only plain objects are accepted`);
    }
    for (const key of keys) {
      if (typeof key !== "string") {
        return fail(`${formatPath(pathOf(visit))}: symbol keys are refused`);
      }
      if (POLLUTING_KEYS.has(key)) {
        return fail(
          `refused: the key ${quote(key)} at ${formatPath([...pathOf(visit), key])} could tamper with built-in objects (prototype pollution)`,
        );
      }
      meet((value as Record<string, unknown>)[key], key, visit, depth);
    }
  }
  return ok(undefined);
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
