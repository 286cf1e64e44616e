import type { Preview } from "../../store/previewSlice.ts";
import { PreviewActions } from "./PreviewActions.tsx";

/**
 * The banner over a previewed map: says the map shows a design that is NOT applied, lists each
 * proposed range with the solver's reason, and offers Take (one undo step) and Discard.
 */
export function PreviewBar({ preview }: { preview: Preview }) {
  return (
    <section
      className="preview-bar"
      id="preview-bar"
      tabIndex={-1}
      aria-labelledby="preview-title"
      aria-live="polite"
    >
      <h2 id="preview-title">
        <span className="preview-badge">Preview</span> {preview.title}
      </h2>
      <p className="preview-note">
        Not applied: the design, its link, autosave and exports are unchanged until you take it.
      </p>
      <ul className="preview-lines">
        {preview.lines.map((line) => (
          <li key={`${line.label}-${line.cidr}`}>
            <span className="preview-label">{line.label}</span> <code>{line.cidr}</code>
            <span className="preview-reason">{line.reason}</span>
          </li>
        ))}
      </ul>
      <div className="plan-buttons">
        <PreviewActions />
      </div>
    </section>
  );
}
