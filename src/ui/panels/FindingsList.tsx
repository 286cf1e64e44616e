import type { Finding, Severity } from "../../core/rules/finding.ts";
import { useFindings } from "../app/useDerived.ts";
import { useActions } from "../app/useAppStore.ts";

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
      <span className="finding-message">{finding.message}</span>
      {finding.fix && <span className="finding-fix">Fix: {finding.fix}</span>}
      {finding.source && <span className="finding-source">Source: {finding.source}</span>}
    </>
  );
}

/** The design's findings grouped by severity; each one with a field moves focus to that field. */
export function FindingsList() {
  const findings = useFindings();
  const actions = useActions();
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
      <p className="findings-summary" role="status">
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
              {g.items.map((finding, i) => {
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
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
    </section>
  );
}
