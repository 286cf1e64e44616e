import type { Design } from "../../core/design/schema.ts";
import { MERGE_FIELDS, valueAt, valueText } from "../../importers/mergeFields.ts";
import { mergeImports, type MergeConflict } from "../../importers/mergeImports.ts";
import { nameImport } from "../../importers/provenance.ts";
import type { ImportPreview } from "./previewImport.ts";

/** One text the dialog reads: the pasted text or a chosen file, with its preview. */
export interface ImportInput {
  name: string;
  preview: ImportPreview;
}

/** One field Apply would change, in words. */
export interface PlannedChange {
  path: string;
  label: string;
  before: string;
  after: string;
  /** The file the new value comes from, or "placeholder" when no file declared it. */
  from: string;
}

/** What Apply would do: the design (absent while something is unread or unchosen) and why. */
export interface PlannedImport {
  design: Design | undefined;
  /** Several inputs, or a merge into the current design. */
  merging: boolean;
  conflicts: MergeConflict[];
  changes: PlannedChange[];
  notes: string[];
  /** Why nothing can be applied (an input that cannot be read). */
  error: string | undefined;
}

/** The fields whose value differs between two designs, with the file of each new value. */
export function plannedChanges(before: Design, after: Design): PlannedChange[] {
  const imported = after.imported;
  return MERGE_FIELDS.flatMap((field) => {
    const was = valueText(valueAt(before, field.path));
    const now = valueText(valueAt(after, field.path));
    if (was === now || valueAt(after, field.path) === undefined) return [];
    const from =
      imported?.origins?.[field.path] ??
      (imported?.placeholders.includes(field.path) ? "placeholder" : (imported?.files?.[0] ?? ""));
    return [{ path: field.path, label: field.label, before: was, after: now, from }];
  });
}

/**
 * Plans an import from the dialog's inputs: one input replacing the design is the import as
 * before (its file named); several, or `merge`, go through mergeImports (ADR 0130) with the
 * user's conflict choices. Pure: the dialog re-plans on every change.
 */
export function planImport(
  inputs: readonly ImportInput[],
  current: Design,
  merge: boolean,
  choices: Readonly<Record<string, string>>,
): PlannedImport {
  const merging = inputs.length > 1 || merge;
  const empty = { merging, conflicts: [], changes: [], notes: [] };
  const unread = inputs.find((i) => !i.preview.design);
  if (inputs.length === 0) return { ...empty, design: undefined, error: undefined };
  if (unread)
    return {
      ...empty,
      design: undefined,
      error: `${unread.name}: ${unread.preview.error ?? "nothing usable was found"}`,
    };
  const named = inputs.map((i) => ({ name: i.name, design: i.preview.design as Design }));
  if (!merging && named[0]) {
    const design = nameImport(named[0].design, named[0].name);
    return { ...empty, design, changes: plannedChanges(current, design), error: undefined };
  }
  const outcome = mergeImports(named, merge ? current : undefined, choices);
  return {
    design: outcome.design,
    merging,
    conflicts: outcome.conflicts,
    changes: outcome.design ? plannedChanges(current, outcome.design) : [],
    notes: outcome.notes,
    error: undefined,
  };
}
