import { useRef, useState } from "react";
import type { Fix, Severity } from "../../core/rules/finding.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { isPlanFinding } from "../../core/plan/planFinding.ts";
import { firstPassCap, useFirstPass } from "../controls/firstPass.ts";
import { PendingRows } from "../controls/PendingRows.tsx";
import { useColumnFindings } from "../app/useDerived.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { UnappliedFields } from "./UnappliedFields.tsx";
import { FindingItem, type ShownFinding } from "./FindingItem.tsx";

const SEVERITIES: readonly { severity: Severity; title: string; one: string; icon: string }[] = [
  { severity: "error", title: "Errors", one: "Error", icon: "✖" },
  { severity: "warning", title: "Warnings", one: "Warning", icon: "▲" },
  { severity: "info", title: "Info", one: "Info", icon: "ℹ" },
];

/**
 * Findings shown per severity before "Show more": a hostile design can have thousands, and
 * rendering them all at once froze the page for seconds on every edit.
 */
export const FINDINGS_PAGE = 50;

/**
 * Findings shown per severity before the page's first paint (a screenful: a finding is 13-20rem
 * tall); the rest of the page follows in the render after that paint (firstPassCap, ADR 0042).
 */
export const FIRST_PASS_FINDINGS = 6;

/**
 * The design's findings and those across the plan's clusters (first in each severity; with
 * several clusters each says which), grouped by severity, the first FINDINGS_PAGE of each shown
 * (a button shows more; before the first paint FIRST_PASS_FINDINGS of them); each one
 * with a field moves focus to that field (a plan finding's field in its cluster, which it
 * shows); fixes the solver offers are listed under their finding with an Apply button (one
 * undo step), after which focus moves to the summary.
 */
export function FindingsList() {
  const findings = useColumnFindings();
  const several = useAppStore((s) => s.plan.clusters.length > 1);
  const actions = useActions();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const on = {
    go: (finding: ShownFinding, field: string) => {
      if (isPlanFinding(finding)) actions.focusClusterField(finding.cluster, field);
      else actions.focusField(field);
    },
    apply: (finding: ShownFinding, fix: Fix) => {
      const done = isPlanFinding(finding)
        ? actions.applyClusterFix(finding.cluster, fix)
        : actions.applyFix(fix);
      // The finding (and this button) goes away with the fix: keep focus in the findings.
      if (done.ok) summaryRef.current?.focus();
    },
  };
  const [shown, setShown] = useState<Record<Severity, number>>({
    error: FINDINGS_PAGE,
    warning: FINDINGS_PAGE,
    info: FINDINGS_PAGE,
  });
  const firstPass = useFirstPass();
  const groups = SEVERITIES.map((s) => ({
    ...s,
    items: findings.filter((f) => f.severity === s.severity),
    limit: firstPassCap(shown[s.severity], FIRST_PASS_FINDINGS, firstPass),
    page: shown[s.severity],
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
              {g.items.slice(0, g.limit).map((finding, i) => (
                <FindingItem
                  key={`${finding.rule}-${isPlanFinding(finding) ? finding.cluster : "own"}-${i}`}
                  finding={finding}
                  severity={g.severity}
                  label={g.one}
                  icon={g.icon}
                  several={several}
                  on={on}
                />
              ))}
              <PendingRows
                count={Math.min(g.items.length, g.page) - g.limit}
                className="findings-pending"
              />
            </ul>
            {/* There from the first paint (the findings still to come stand in above it), so
                it does not move the findings below when they arrive (ADR 0043). */}
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
