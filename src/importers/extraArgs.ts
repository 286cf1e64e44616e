import { isRecord } from "../core/codec/untrusted.ts";

/**
 * Reads kubeadm `extraArgs`: a map (v1beta3) or a list of `{name, value}` (v1beta4; a repeated
 * name keeps its last value here), or k3s/RKE2 `*-arg` entries (`"name=value"` texts).
 */
export function argsOf(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (isRecord(value)) {
    for (const [k, v] of Object.entries(value)) out.set(k.replace(/^--/, ""), String(v));
  } else if (Array.isArray(value)) {
    for (const item of value) {
      if (isRecord(item) && typeof item.name === "string") {
        out.set(item.name.replace(/^--/, ""), String(item.value ?? ""));
      } else if (typeof item === "string") {
        const eq = item.indexOf("=");
        if (eq > 0) out.set(item.slice(0, eq).replace(/^--/, ""), item.slice(eq + 1));
      }
    }
  } else if (typeof value === "string") {
    return argsOf([value]);
  }
  return out;
}
