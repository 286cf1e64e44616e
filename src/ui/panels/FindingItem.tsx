import type { Finding, Fix } from "../../core/rules/finding.ts";
import { clustersText, isPlanFinding, type PlanFinding } from "../../core/plan/planFinding.ts";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";

/** A finding of the Findings column: the active cluster's own, or one across the plan's clusters. */
export type ShownFinding = Finding | PlanFinding;

function FindingBody({
  finding,
  label,
  icon,
  clusters,
}: {
  finding: ShownFinding;
  label: string;
  icon: string;
  clusters: string | undefined;
}) {
  return (
    <>
      <span className="finding-severity">
        <span aria-hidden="true">{icon}</span> {label}
      </span>
      {clusters && <span className="finding-clusters">{escapeUnsafe(clusters)}</span>}
      {/* Findings quote the design's values: shown with control and bidi characters escaped. */}
      <span className="finding-message">{escapeUnsafe(finding.message)}</span>
      {finding.fix && <span className="finding-fix">Fix: {escapeUnsafe(finding.fix)}</span>}
      {finding.source && <span className="finding-source">Source: {finding.source}</span>}
    </>
  );
}

/** The fixes core's solver offers for one finding, each with an Apply button (one undo step). */
function FixList({
  fixes,
  onApply,
  where,
}: {
  fixes: Fix[];
  onApply: (fix: Fix) => void;
  where: string | undefined;
}) {
  return (
    <ul className="finding-fixes" aria-label="Fixes">
      {fixes.map((fix) => (
        <li key={fix.summary} className="finding-fix-option">
          <span className="finding-fix-summary">{escapeUnsafe(fix.summary)}</span>
          <button
            type="button"
            className="finding-apply"
            aria-label={`Apply${where ? ` to ${escapeUnsafe(where)}` : ""}: ${escapeUnsafe(fix.summary)}`}
            onClick={() => onApply(fix)}
          >
            Apply
          </button>
        </li>
      ))}
    </ul>
  );
}

/** What a finding of the list does when clicked or applied (the list owns the store's actions). */
export interface FindingHandlers {
  /** Goes to a field: of the active cluster, or (plan findings) of the finding's cluster. */
  go(finding: ShownFinding, field: string): void;
  apply(finding: ShownFinding, fix: Fix): void;
}

/**
 * One finding: a button leading to its first field (a plan finding's field is in its cluster,
 * which the click shows), its fixes with Apply; with several clusters, a plan finding says which.
 */
export function FindingItem({
  finding,
  severity,
  label,
  icon,
  several,
  on,
}: {
  finding: ShownFinding;
  severity: string;
  label: string;
  icon: string;
  several: boolean;
  on: FindingHandlers;
}) {
  const field = finding.fields[0];
  const plan = isPlanFinding(finding) && several ? finding : undefined;
  const body = (
    <FindingBody
      finding={finding}
      label={label}
      icon={icon}
      clusters={plan ? clustersText(plan) : undefined}
    />
  );
  return (
    <li
      className={`finding finding-${severity}`}
      data-cluster={plan ? plan.clusterName : undefined}
    >
      {field ? (
        <button
          type="button"
          className="finding-button"
          data-rule={finding.rule}
          title={plan ? `Go to ${field} of cluster ${plan.clusterName}` : `Go to ${field}`}
          onClick={() => on.go(finding, field)}
        >
          {body}
        </button>
      ) : (
        <div className="finding-button" data-rule={finding.rule}>
          {body}
        </div>
      )}
      {finding.fixes && (
        <FixList
          fixes={finding.fixes}
          onApply={(fix) => on.apply(finding, fix)}
          where={plan?.clusterName}
        />
      )}
    </li>
  );
}
