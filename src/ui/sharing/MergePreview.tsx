import { useId } from "react";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";
import type { PlannedImport } from "./planImport.ts";

/**
 * What a merge will do before it is taken (ADR 0130): each conflict as a radio group quoting
 * every value and naming its file (nothing is chosen for the user), then each field that
 * changes, old and new value and the file the new one comes from.
 */
export function MergePreview({
  plan,
  choices,
  onChoose,
}: {
  plan: PlannedImport;
  choices: Readonly<Record<string, string>>;
  onChoose: (path: string, from: string) => void;
}) {
  const id = useId();
  const open = plan.conflicts.filter((c) => c.chosen === undefined).length;
  return (
    <div className="merge-preview">
      {plan.conflicts.length > 0 && (
        <>
          <p className={open > 0 ? "import-error" : "import-format"}>
            {open > 0
              ? `The files disagree on ${open} field${open > 1 ? "s" : ""}: choose a value for each (nothing is picked for you).`
              : "Every disagreement has a choice."}
          </p>
          {plan.conflicts.map((conflict) => (
            <fieldset key={conflict.path} className="merge-conflict">
              <legend>
                {conflict.label} <code>{conflict.path}</code>
              </legend>
              {conflict.candidates.map((candidate) => (
                <label key={candidate.from} className="merge-choice">
                  <input
                    type="radio"
                    name={`${id}-${conflict.path}`}
                    checked={choices[conflict.path] === candidate.from}
                    onChange={() => onChoose(conflict.path, candidate.from)}
                  />
                  <span>
                    <code>&quot;{escapeUnsafe(candidate.text)}&quot;</code> in{" "}
                    {escapeUnsafe(candidate.from)}
                    {candidate.key && (
                      <span className="muted"> ({escapeUnsafe(candidate.key)})</span>
                    )}
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </>
      )}
      {plan.design && (
        <>
          <h3 className="merge-title">What will change</h3>
          {plan.changes.length === 0 ? (
            <p className="muted">No field changes.</p>
          ) : (
            <ul className="merge-changes">
              {plan.changes.map((change) => (
                <li key={change.path}>
                  <strong>{change.label}</strong>: <code>{change.before}</code> →{" "}
                  <code>{change.after}</code>{" "}
                  <span className="muted">
                    {change.from === "placeholder"
                      ? "(placeholder: in no file)"
                      : change.from && `(from ${escapeUnsafe(change.from)})`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {plan.notes.length > 0 && (
            <ul className="import-messages">
              {plan.notes.map((note) => (
                <li key={note}>{escapeUnsafe(note)}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
