import { isUnder, originOf, type Imported } from "../../core/design/imported.ts";
import { MERGE_FIELDS } from "../../importers/mergeFields.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";

/** The field's name for people, from the merge's list ("IPv4 pod ranges"). */
const labelOf = (path: string) => MERGE_FIELDS.find((f) => f.path === path)?.label ?? path;

/** "kubeadm.yaml", "kubeadm.yaml or values.yaml", or "the imported file" before files were named. */
function fileWords(imported: Imported): string {
  const files = imported.files ?? [];
  if (files.length === 0) return "the imported file";
  if (files.length === 1) return files[0] ?? "";
  return `${files.slice(0, -1).join(", ")} or ${files[files.length - 1] ?? ""}`;
}

/** Where a path's value came from, in words; undefined when the import recorded nothing. */
function sourceWords(imported: Imported, path: string): string | undefined {
  const key =
    imported.sources[path] ?? Object.entries(imported.sources).find(([p]) => isUnder(p, path))?.[1];
  const file =
    originOf(imported, path) ?? (imported.files?.length === 1 ? imported.files[0] : undefined);
  if (key === undefined && file === undefined) return undefined;
  if (file === undefined) return `from ${key ?? ""}`;
  return key === undefined ? `from ${file}` : `from ${file} (${key})`;
}

/**
 * What an import says about some fields (ADR 0120, 0130): a placeholder is marked in words
 * ("placeholder: not in kubeadm.yaml") with a button to keep the value as the real one, and a
 * value a file declared names that file and key. Nothing for a design that was not imported.
 */
export function ImportOrigins({ paths }: { paths: readonly string[] }) {
  const imported = useAppStore((s) => s.design.imported);
  const actions = useActions();
  if (!imported) return null;
  const lines = paths.flatMap((path) => {
    if (imported.placeholders.includes(path)) return [{ path, placeholder: true, text: "" }];
    const text = sourceWords(imported, path);
    return text === undefined ? [] : [{ path, placeholder: false, text }];
  });
  if (lines.length === 0) return null;
  return (
    <ul className="import-origins">
      {lines.map((line) =>
        line.placeholder ? (
          <li key={line.path} className="import-placeholder">
            <span id={`placeholder-${line.path}`}>
              <strong>{labelOf(line.path)}: placeholder</strong>, not in {fileWords(imported)}. Set
              the cluster's real value, or
            </span>{" "}
            <button
              type="button"
              className="link-button"
              aria-describedby={`placeholder-${line.path}`}
              onClick={() => actions.confirmPlaceholder(line.path)}
            >
              keep this value
            </button>
          </li>
        ) : (
          <li key={line.path}>
            {labelOf(line.path)}: {line.text}
          </li>
        ),
      )}
    </ul>
  );
}
