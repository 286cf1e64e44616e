import { defaultDesign, defaultFamilyPlan } from "../core/design/defaults.ts";
import {
  MAX_IMPORTED_ENTRIES,
  MAX_IMPORTED_REFUSALS,
  type Imported,
} from "../core/design/imported.ts";
import type { Design } from "../core/design/schema.ts";
import type { ImportFinding, ImportFormat } from "./types.ts";

/** Longest text kept in a refusal on the design (the schema's bound). */
const MAX_TEXT = 600;

const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/** The value at a dotted path, as JSON text. */
function at(design: Design, path: string): string {
  let value: unknown = design;
  for (const part of path.split(".")) {
    value =
      value !== null && typeof value === "object"
        ? (value as Record<string, string>)[part]
        : undefined;
  }
  return JSON.stringify(value) ?? "undefined";
}

/**
 * The design paths an import may leave at the designer's stand-in: the node networks and count,
 * the Kubernetes version, and each active family's pod range (kubeadm without podSubnet).
 */
function candidates(design: Design): string[] {
  return [
    "nodes.networks",
    "nodes.count",
    "kubernetesVersion",
    ...design.ipFamilies.map((f) => `${f}.podCidrs`),
  ];
}

/**
 * The provenance an import leaves on its design (ADR 0120): the sources the importer recorded,
 * the placeholders (a candidate path with no source whose value is still the default design's,
 * or that a finding names as a stand-in), and the import's findings as refusals.
 */
export function withProvenance(
  design: Design,
  format: ImportFormat,
  findings: readonly ImportFinding[],
  standIns: readonly string[] = [],
): Design {
  const sources = design.imported?.sources ?? {};
  const base = defaultDesign();
  // A family the default design lacks stands in with the plan a user gets on switching it on.
  for (const family of design.ipFamilies) base[family] ??= defaultFamilyPlan(family);
  const placeholders = candidates(design).filter(
    (path) =>
      sources[path] === undefined &&
      (standIns.includes(path) || at(design, path) === at(base, path)),
  );
  const imported: Imported = {
    format,
    sources: Object.fromEntries(Object.entries(sources).slice(0, MAX_IMPORTED_ENTRIES)),
    placeholders,
    refusals: findings.slice(0, MAX_IMPORTED_REFUSALS).map((f) => ({
      severity: f.severity,
      component: cut(f.component),
      key: cut(f.key),
      ...(f.quoted === undefined ? {} : { quoted: cut(f.quoted) }),
      message: cut(f.message),
    })),
  };
  return { ...design, imported };
}

/** An import of one named file: its provenance names the file (ADR 0130), so markers can say "not in kubeadm.yaml". */
export function nameImport(design: Design, name: string): Design {
  const imported = design.imported;
  return imported ? { ...design, imported: { ...imported, files: [name] } } : design;
}
