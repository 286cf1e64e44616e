import type { Finding } from "../../core/rules/finding.ts";
import { useActions } from "../app/useAppStore.ts";

/** Errors listed by name; the rest are counted. */
const LISTED = 3;

/**
 * Shown above the exports when the design has errors: the exports still show, but the banner
 * names the errors (each one a link to its field) so nobody pastes them unaware.
 */
export function ExportErrorsBanner({ errors }: { errors: Finding[] }) {
  const actions = useActions();
  if (errors.length === 0) return null;
  const more = errors.length - LISTED;
  return (
    <div className="export-banner">
      <p id="export-banner-title" className="export-banner-title">
        <span aria-hidden="true">✖ </span>
        This design has {errors.length === 1 ? "an error" : `${errors.length} errors`}: the
        components would refuse these files as they are.
      </p>
      <ul>
        {errors.slice(0, LISTED).map((finding, i) => {
          const field = finding.fields[0];
          return (
            <li key={`${finding.rule}-${i}`}>
              {field ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.focusField(field)}
                >
                  {finding.message}
                </button>
              ) : (
                finding.message
              )}
            </li>
          );
        })}
      </ul>
      {more > 0 && <p className="export-banner-more">and {more} more in Findings.</p>}
    </div>
  );
}
