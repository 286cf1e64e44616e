import { describeValue } from "../core/codec/quote.ts";
import { isRecord } from "../core/codec/untrusted.ts";

/** A flag value as text: a string, number or boolean; anything else (a list, an object, null) has none. */
const scalarText = (value: unknown): string | undefined =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : undefined;

/**
 * Reads kubeadm `extraArgs`: a map (v1beta3) or a list of `{name, value}` (v1beta4; a repeated
 * name keeps its last value here), or k3s/RKE2 `*-arg` entries (`"name=value"` texts). A value
 * that is not a scalar (a list, an object, null) is never converted to text: it is skipped, and
 * said in `messages` under `prefix` and the flag's name when they are given.
 */
export function argsOf(value: unknown, prefix = "", messages?: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const put = (name: string, raw: unknown) => {
    const text = scalarText(raw);
    if (text !== undefined) out.set(name.replace(/^--/, ""), text);
    else messages?.push(`${prefix}${name}: ${describeValue(raw)} is not a flag value; ignored`);
  };
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) put(k, v);
  } else if (Array.isArray(value)) {
    for (const item of value) {
      if (isRecord(item) && typeof item.name === "string") {
        put(item.name, item.value ?? "");
      } else if (typeof item === "string") {
        const eq = item.indexOf("=");
        if (eq > 0) out.set(item.slice(0, eq).replace(/^--/, ""), item.slice(eq + 1));
      }
    }
  } else if (typeof value === "string") {
    return argsOf([value], prefix, messages);
  }
  return out;
}
