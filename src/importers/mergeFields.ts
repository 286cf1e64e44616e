import type { Design } from "../core/design/schema.ts";

/** One design field an import merge decides as a whole (ADR 0130). */
export interface MergeField {
  /** The design path ("ipv4.serviceCidr"), as in `imported.sources`. */
  path: string;
  /** Its name for people ("IPv4 Service range"). */
  label: string;
}

const familyFields = (family: "ipv4" | "ipv6", word: string): MergeField[] => [
  { path: `${family}.podCidrs`, label: `${word} pod ranges` },
  { path: `${family}.nodeMask`, label: `${word} node mask` },
  { path: `${family}.serviceCidr`, label: `${word} Service range` },
];

/**
 * The fields a merge decides, in the order a preview lists them. `ipFamilies` comes before the
 * family fields: a family's fields count only where the merged design has that family.
 */
export const MERGE_FIELDS: readonly MergeField[] = [
  { path: "name", label: "Cluster name" },
  { path: "kubernetesVersion", label: "Kubernetes version" },
  { path: "ipFamilies", label: "IP families" },
  ...familyFields("ipv4", "IPv4"),
  ...familyFields("ipv6", "IPv6"),
  { path: "cni", label: "CNI" },
  { path: "nodes.networks", label: "Node networks" },
  { path: "nodes.count", label: "Node count" },
  { path: "nodes.maxPods", label: "Max pods per node" },
  { path: "nodePortRange", label: "NodePort range" },
  { path: "clusterDomain", label: "Cluster domain" },
  { path: "loadBalancer", label: "LoadBalancer" },
  { path: "externalRanges", label: "Ranges to avoid" },
];

/** The value at a dotted design path (undefined where a family or key is absent). */
export function valueAt(design: Design, path: string): unknown {
  let at: unknown = design;
  for (const part of path.split(".")) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

/** A copy of `design` with the value at a dotted path replaced (parents copied, not shared). */
export function withValueAt(design: Design, path: string, value: unknown): Design {
  const parts = path.split(".");
  const out: Record<string, unknown> = { ...design };
  let at = out;
  for (const part of parts.slice(0, -1)) {
    const next = at[part];
    const copy = next !== null && typeof next === "object" ? { ...next } : {};
    at[part] = copy;
    at = copy as Record<string, unknown>;
  }
  at[parts[parts.length - 1] ?? ""] = value;
  return out as Design;
}

/** Equal values compare equal as JSON (the design is plain data). */
export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** A field's value in words, as a preview or a conflict quotes it ("10.96.0.0/12", "cilium (cluster-pool)"). */
export function valueText(value: unknown): string {
  if (value === undefined) return "(not set)";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return "(none)";
    return value
      .map((v) =>
        v !== null && typeof v === "object" && "cidr" in v
          ? `${String((v as { cidr: unknown }).cidr)} (${String((v as { name?: unknown }).name ?? "")})`
          : typeof v === "string"
            ? v
            : JSON.stringify(v),
      )
      .join(", ");
  }
  if (value !== null && typeof value === "object" && "kind" in value) {
    const cni = value as { kind: string; ipam?: string; backend?: string };
    const mode = cni.ipam ?? cni.backend;
    return mode ? `${cni.kind} (${mode})` : cni.kind;
  }
  if (value !== null && typeof value === "object" && "pools" in value) {
    const lb = value as { provider: string; pools: { range: string }[] };
    return `${lb.provider}: ${lb.pools.map((p) => p.range).join(", ") || "no pools"}`;
  }
  return JSON.stringify(value);
}
