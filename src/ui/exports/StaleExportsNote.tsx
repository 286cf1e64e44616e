import { unappliedSentence, useUnappliedLabels } from "../app/useUnapplied.ts";

/** Says the exports show the last applied design while a field holds refused text. */
export function StaleExportsNote() {
  const labels = useUnappliedLabels();
  if (labels.length === 0) return null;
  return (
    <p className="export-stale" role="status">
      <span aria-hidden="true">▲ </span>
      These exports show the last applied design: {unappliedSentence(labels)}.
    </p>
  );
}
