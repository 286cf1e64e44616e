import { useMemo, useState } from "react";
import type { ImportFormat } from "../../importers/types.ts";
import type { ImportInput } from "./planImport.ts";
import { previewImport } from "./previewImport.ts";
import { readChosenFile } from "./readChosenFile.ts";

/** A chosen file's name and text (or why it was not read). */
interface ChosenFile {
  name: string;
  text: string | undefined;
  problem: string | undefined;
}

/** Most files the dialog reads at once (the provenance names at most 16, one is the pasted text). */
export const MAX_CHOSEN_FILES = 15;

/** A name not yet taken: "values.yaml", then "values.yaml (2)". */
function freeName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  let n = 2;
  while (taken.includes(`${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

/**
 * The config files chosen in the import dialog, read as text (readChosenFile) and
 * previewed with the dialog's format choice. A file too large or unreadable stays listed with
 * the reason, so the merge says which file is wrong.
 */
export function useImportFiles(hint: ImportFormat | undefined, reserved: readonly string[]) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const add = async (list: FileList | null) => {
    if (!list) return;
    const read: ChosenFile[] = [];
    for (const file of Array.from(list).slice(0, MAX_CHOSEN_FILES)) {
      read.push({ name: file.name, ...(await readChosenFile(file)) });
    }
    setFiles((before) => {
      const out = [...before];
      for (const f of read) {
        if (out.length >= MAX_CHOSEN_FILES) break;
        out.push({ ...f, name: freeName(f.name, [...reserved, ...out.map((o) => o.name)]) });
      }
      return out;
    });
  };
  const remove = (name: string) => setFiles((before) => before.filter((f) => f.name !== name));
  const clear = () => setFiles([]);
  const inputs: ImportInput[] = useMemo(
    () =>
      files.map((f) => ({
        name: f.name,
        preview:
          f.text === undefined
            ? { format: "unread", design: undefined, error: f.problem, messages: [] }
            : previewImport(f.text, hint),
      })),
    [files, hint],
  );
  return { inputs, add, remove, clear };
}
