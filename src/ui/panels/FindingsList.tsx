import { useRef, useState } from "react";
import type { Finding, Fix, Severity } from "../../core/rules/finding.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { useFindingsWithFixes } from "../app/useDerived.ts";
import { useActions } from "../app/useAppStore.ts";
import { UnappliedFields } from "./UnappliedFields.tsx";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";

const SEVERITIES: readonly { severity: Severity; title: string; one: string; icon: string }[] = [
  { severity: "error", title: "Errors", one: "Error", icon: "✖" },
  { severity: "warning", title: "Warnings", one: "Warning", icon: "▲" },
  { severity: "info", title: "Info", one: "Info", icon: "ℹ" },
];

function FindingBody({ finding, label, icon }: { finding: Finding; label: string; icon: string }) {
  return (
    <>
      <span className="finding-severity">
        <span aria-hidden="true">{icon}</span> {label}
      </span>
      {/* Findings quote the design's values: shown with control and bidi characters escaped. */}
      <span className="finding-message">{escapeUnsafe(finding.message)}</span>
      {finding.fix && <span className="finding-fix">Fix: {escapeUnsafe(finding.fix)}</span>}
      {finding.source && <span className="finding-source">Source: {finding.source}</span>}
    </>
  );
}

/** The fixes core's solver offers for one finding, each with an Apply button (one undo step). */
function FixList({ fixes, onApply }: { fixes: Fix[]; onApply: (fix: Fix) => void }) {
  return (
    <ul className="finding-fixes" aria-label="Fixes">
      {fixes.map((fix) => (
        <li key={fix.summary} className="finding-fix-option">
          <span className="finding-fix-summary">{escapeUnsafe(fix.summary)}</span>
          <button
            type="button"
            className="finding-apply"
            aria-label={`Apply: ${escapeUnsafe(fix.summary)}`}
            onClick={() => onApply(fix)}
          >
            Apply
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Findings shown per severity before "Show more": a hostile design can have thousands, and
 * rendering them all at once froze the page for seconds on every edit.
 */
export const FINDINGS_PAGE = 50;

/**
 * The design's findings grouped by severity, the first FINDINGS_PAGE of each shown (a button
 * shows more); each one with a field moves focus to that field; fixes the solver offers are
 * listed under their finding with an Apply button, after which focus moves to the summary.
 */
export function FindingsList() {
  const findings = useFindingsWithFixes();
  const actions = useActions();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const applyFix = (fix: Fix) => {
    // The finding (and this button) goes away with the fix: keep focus in the findings.
    if (actions.applyFix(fix).ok) summaryRef.current?.focus();
  };
  const [shown, setShown] = useState<Record<Severity, number>>({
    error: FINDINGS_PAGE,
    warning: FINDINGS_PAGE,
    info: FINDINGS_PAGE,
  });
  const groups = SEVERITIES.map((s) => ({
    ...s,
    items: findings.filter((f) => f.severity === s.severity),
  }));
  const summary = groups
    .map(
      (g) =>
        `${g.items.length} ${g.items.length === 1 ? g.one.toLowerCase() : g.title.toLowerCase()}`,
    )
    .join(", ");

  return (
    <section className="findings" aria-labelledby="findings-title">
      <h2 id="findings-title">Findings</h2>
      <UnappliedFields />
      <p className="findings-summary" role="status" tabIndex={-1} ref={summaryRef}>
        {findings.length === 0 ? "No findings: every component accepts this design." : summary}
      </p>
      {groups
        .filter((g) => g.items.length > 0)
        .map((g) => (
          <div key={g.severity} className={`finding-group finding-group-${g.severity}`}>
            <h3>
              {g.title} ({g.items.length})
            </h3>
            <ul>
              {g.items.slice(0, shown[g.severity]).map((finding, i) => {
                const field = finding.fields[0];
                const body = <FindingBody finding={finding} label={g.one} icon={g.icon} />;
                return (
                  <li key={`${finding.rule}-${i}`} className={`finding finding-${g.severity}`}>
                    {field ? (
                      <button
                        type="button"
                        className="finding-button"
                        data-rule={finding.rule}
                        title={`Go to ${field}`}
                        onClick={() => actions.focusField(field)}
                      >
                        {body}
                      </button>
                    ) : (
                      <div className="finding-button" data-rule={finding.rule}>
                        {body}
                      </div>
                    )}
                    {finding.fixes && <FixList fixes={finding.fixes} onApply={applyFix} />}
                  </li>
                );
              })}
            </ul>
            {g.items.length > shown[g.severity] && (
              <button
                type="button"
                className="findings-more"
                onClick={() =>
                  setShown((s) => ({ ...s, [g.severity]: s[g.severity] + FINDINGS_PAGE }))
                }
              >
                Show {Math.min(FINDINGS_PAGE, g.items.length - shown[g.severity])} more{" "}
                {g.title.toLowerCase()} ({formatCount(g.items.length - shown[g.severity])} not
                shown)
              </button>
            )}
          </div>
        ))}
    </section>
  );
}
