import { restoreDesign } from "../core/codec/restore.ts";
import { defaultDesign, defaultFamilyPlan } from "../core/design/defaults.ts";
import {
  isUnder,
  MAX_IMPORTED_ENTRIES,
  MAX_IMPORTED_FILES,
  MAX_IMPORTED_REFUSALS,
  originOf,
  type Imported,
  type ImportedRefusal,
} from "../core/design/imported.ts";
import type { Design } from "../core/design/schema.ts";
import { FAMILIES, type Family } from "../core/ip/family.ts";
import {
  MERGE_FIELDS,
  sameValue,
  valueAt,
  valueText,
  withValueAt,
  type MergeField,
} from "./mergeFields.ts";

/** What an import read from one named file: its design, provenance included. */
export interface NamedDesign {
  /** How the file is named to the user ("kubeadm.yaml", "pasted text"). */
  name: string;
  design: Design;
}

/** Who declares the current design's own values in a merge into it. */
export const CURRENT_DESIGN = "the current design";

/** One declaration of a field: its value, the file (or the current design) and the key it came from. */
export interface MergeCandidate {
  from: string;
  /** The key in that file (or the component default) the value came from, when recorded. */
  key?: string | undefined;
  value: unknown;
  /** The value in words, quoted in conflicts and previews. */
  text: string;
  /**
   * 0 an explicit value; 1 a component's default; 2 a design that names no CNI. The lowest
   * level present decides: any explicit value replaces a default, a default CNI one named by none.
   */
  weak: 0 | 1 | 2;
}

/** Two or more different values declared for one field: the user chooses (never picked silently). */
export interface MergeConflict extends MergeField {
  /** One candidate per distinct value, in file order. */
  candidates: MergeCandidate[];
  /** The `from` of the chosen candidate, when a choice names one. */
  chosen?: string;
}

/** The outcome of a merge: the design once every conflict has a choice, and what was decided. */
export interface MergeOutcome {
  /** Absent while a conflict has no choice, or when the merged design is not valid (see notes). */
  design?: Design;
  conflicts: MergeConflict[];
  /** Sentences: defaults replaced by explicit values, choices taken, validity problems. */
  notes: string[];
}

/** How weakly a value is declared: see {@link MergeCandidate.weak}. */
function weakness(path: string, value: unknown, key: string | undefined): 0 | 1 | 2 {
  const kind = path === "cni" ? (value as { kind?: string } | undefined)?.kind : undefined;
  if (kind === "generic" || kind === "kubelet-standalone") return 2;
  return key !== undefined && /\bdefault\b/.test(key) ? 1 : 0;
}

/** The value a field has when nothing declares it: the default design's, or a family's default plan. */
function standIn(path: string): unknown {
  const [head, field] = path.split(".");
  if (head === "ipv4" || head === "ipv6")
    return defaultFamilyPlan(head)[field as keyof ReturnType<typeof defaultFamilyPlan>];
  return valueAt(defaultDesign(), path);
}

const covers = (imported: Imported | undefined, path: string) =>
  imported?.placeholders.some((p) => isUnder(path, p) || isUnder(p, path)) ?? false;

const keyOf = (imported: Imported | undefined, path: string): string | undefined =>
  imported?.sources[path] ??
  Object.entries(imported?.sources ?? {}).find(([p]) => isUnder(p, path))?.[1];

/** What one imported file declares for a field; undefined where it declares nothing. */
function declaration(file: NamedDesign, path: string): MergeCandidate | undefined {
  const imported = file.design.imported;
  const value = valueAt(file.design, path);
  if (value === undefined || covers(imported, path)) return undefined;
  const key = keyOf(imported, path);
  if (key === undefined && sameValue(value, standIn(path))) return undefined;
  return { from: file.name, key, value, text: valueText(value), weak: weakness(path, value, key) };
}

/** What the design merged into declares for a field: every value but its placeholders. */
function currentDeclaration(into: Design, path: string): MergeCandidate | undefined {
  const imported = into.imported;
  const value = valueAt(into, path);
  if (value === undefined || covers(imported, path)) return undefined;
  const key = keyOf(imported, path);
  const from = originOf(imported, path) ?? CURRENT_DESIGN;
  return { from, key, value, text: valueText(value), weak: weakness(path, value, key) };
}

/** The candidates that decide a field: explicit ones when any, one per distinct value. */
function deciding(all: readonly MergeCandidate[]): MergeCandidate[] {
  const level = all.reduce((min, c) => Math.min(min, c.weak), 2);
  const pool = all.filter((c) => c.weak === level);
  return pool.filter((c, i) => pool.findIndex((o) => sameValue(o.value, c.value)) === i);
}

const cut = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

/**
 * Merges what several imported files declare, optionally into an existing design (ADR 0130).
 * Per field: a value declared by one file replaces a placeholder or a component's default; equal
 * values agree; different explicit values are a conflict the user settles with `choices`
 * (field path → the candidate's `from`). Until every conflict is chosen there is no design. The
 * merged design's provenance names the file each value came from (`imported.origins`), keeps
 * each file's keys, placeholders no file filled, and every file's refusals (named by file).
 */
export function mergeImports(
  files: readonly NamedDesign[],
  into?: Design,
  choices: Readonly<Record<string, string>> = {},
): MergeOutcome {
  const notes: string[] = [];
  const conflicts: MergeConflict[] = [];
  const taken = new Map<string, MergeCandidate>();
  let families: readonly Family[] = into?.ipFamilies ?? defaultDesign().ipFamilies;
  for (const field of MERGE_FIELDS) {
    const family = FAMILIES.find((f) => field.path.startsWith(`${f}.`));
    if (family && !families.includes(family)) continue;
    const all = [
      ...(into ? [currentDeclaration(into, field.path)] : []),
      ...files.map((f) => declaration(f, field.path)),
    ].filter((c): c is MergeCandidate => c !== undefined);
    const candidates = deciding(all);
    let pick = candidates[0];
    if (candidates.length > 1) {
      const chosen = candidates.find((c) => c.from === choices[field.path]);
      conflicts.push({ ...field, candidates, ...(chosen ? { chosen: chosen.from } : {}) });
      pick = chosen;
      if (chosen)
        notes.push(
          `${field.label}: ${chosen.text} from ${chosen.from} was chosen over ${candidates
            .filter((c) => c !== chosen)
            .map((c) => `${c.text} from ${c.from}`)
            .join(", ")}`,
        );
    } else if (pick) {
      for (const weak of all.filter(
        (c) => c.weak > (pick?.weak ?? 0) && !sameValue(c.value, pick?.value),
      ))
        notes.push(
          `${field.label}: ${pick.text} from ${pick.from} replaces ${weak.text} from ${weak.from} (${weak.key ?? "no CNI named"})`,
        );
    }
    if (!pick) continue;
    taken.set(field.path, pick);
    if (field.path === "ipFamilies") families = pick.value as Family[];
  }
  if (conflicts.some((c) => c.chosen === undefined)) return { conflicts, notes };
  return { ...assemble(files, into, taken, families, notes), conflicts };
}

/** Builds the merged design and its provenance from the values taken. */
function assemble(
  files: readonly NamedDesign[],
  into: Design | undefined,
  taken: ReadonlyMap<string, MergeCandidate>,
  families: readonly Family[],
  notes: string[],
): Omit<MergeOutcome, "conflicts"> {
  let out: Design = { ...(into ?? defaultDesign()), ipFamilies: [...families] };
  delete out.imported;
  for (const family of FAMILIES) {
    if (families.includes(family)) out[family] = out[family] ?? defaultFamilyPlan(family);
    else delete out[family];
  }
  const before = into?.imported;
  const sources: Record<string, string> = { ...before?.sources };
  const origins: Record<string, string> = { ...before?.origins };
  for (const [path, pick] of taken) {
    out = withValueAt(out, path, pick.value);
    for (const key of Object.keys(sources)) if (isUnder(key, path)) delete sources[key];
    const file = files.find((f) => f.name === pick.from);
    if (file)
      for (const [key, text] of Object.entries(file.design.imported?.sources ?? {}))
        if (isUnder(key, path)) sources[key] = text;
    if (file) origins[path] = file.name;
    else if (pick.from === CURRENT_DESIGN) delete origins[path];
  }
  const standIns = [
    "nodes.networks",
    "nodes.count",
    "kubernetesVersion",
    ...families.map((f) => `${f}.podCidrs`),
  ];
  const placeholders = standIns.filter(
    (path) => !taken.has(path) && (into === undefined || covers(before, path)),
  );
  const names = [...new Set([...(before?.files ?? []), ...files.map((f) => f.name)])];
  const formats = [
    ...new Set([before?.format, ...files.map((f) => f.design.imported?.format)]),
  ].filter((f): f is string => f !== undefined && f !== "");
  const refusals: ImportedRefusal[] = [
    ...(before?.refusals ?? []),
    ...files.flatMap((f) =>
      (f.design.imported?.refusals ?? []).map((r) =>
        names.length > 1 ? { ...r, key: cut(`${f.name}: ${r.key}`, 200) } : r,
      ),
    ),
  ];
  out.imported = {
    format: cut(formats.join(" + "), 64),
    sources: Object.fromEntries(Object.entries(sources).slice(0, MAX_IMPORTED_ENTRIES)),
    placeholders,
    refusals: refusals.slice(0, MAX_IMPORTED_REFUSALS),
    files: names.slice(0, MAX_IMPORTED_FILES),
    origins: Object.fromEntries(Object.entries(origins).slice(0, MAX_IMPORTED_ENTRIES)),
  };
  const restored = restoreDesign(JSON.parse(JSON.stringify(out)));
  if (!restored.ok)
    return { notes: [...notes, `the merged design is not valid: ${restored.error}`] };
  return { design: restored.value.design, notes: [...notes, ...restored.value.notices] };
}
