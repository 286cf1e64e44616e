import type { Refusal } from "../../exporters/refusals.ts";
import { useActions } from "../app/useAppStore.ts";

/**
 * Shown above an export its tool would refuse: the tool's own error for each refusal (a link to
 * the field to change). The file below names the same refusals at its top.
 */
export function ExportRefusals({ refusals }: { refusals: Refusal[] }) {
  const actions = useActions();
  const first = refusals[0];
  if (!first) return null;
  return (
    <div className="export-refusal" role="note" aria-label={`${first.tool} refuses`}>
      <p className="export-refusal-title">
        <span aria-hidden="true">✖ </span>
        {first.tool} would refuse this export as it is:
      </p>
      <ul>
        {refusals.map((r, i) => {
          const field = r.fields[0];
          return (
            <li key={`${r.rule}-${i}`}>
              {field ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.focusField(field)}
                >
                  {r.message}
                </button>
              ) : (
                r.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
