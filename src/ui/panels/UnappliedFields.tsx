import { useActions, useAppStore } from "../app/useAppStore.ts";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";

/**
 * Leads the findings while fields hold refused text: "1 field is not applied: IPv4 pod range 1",
 * each name a button that focuses its field. The findings below are those of the last applied
 * design, and this says so.
 */
export function UnappliedFields() {
  const invalid = useAppStore((s) => s.view.invalidFields);
  const actions = useActions();
  const entries = Object.entries(invalid);
  if (entries.length === 0) return null;
  return (
    <div className="unapplied" role="alert">
      <p>
        <span aria-hidden="true">✖ </span>
        {entries.length === 1 ? "1 field is" : `${entries.length} fields are`} not applied:{" "}
        {entries.map(([path, field], i) => (
          <span key={path}>
            {i > 0 && ", "}
            <button
              type="button"
              className="link-button"
              title={field.error && escapeUnsafe(field.error)}
              onClick={() => actions.focusField(path)}
            >
              {field.label}
            </button>
          </span>
        ))}
      </p>
      <p className="unapplied-note">
        The findings, capacity, map and exports show the last applied design until{" "}
        {entries.length === 1 ? "it is" : "they are"} fixed.
      </p>
    </div>
  );
}
