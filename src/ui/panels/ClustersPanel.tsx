import { useRef } from "react";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";
import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import { planFindings } from "../../core/plan/planFindings.ts";
import type { PlanFinding } from "../../core/plan/planFinding.ts";
import type { Fix } from "../../core/rules/finding.ts";
import { CheckboxField } from "../controls/CheckboxField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { useSharing } from "../sharing/useSharing.ts";
import { ClusterPicker } from "./ClusterPicker.tsx";
import { Panel } from "./Panel.tsx";

/** Each cluster's ranges as short text, for the plan overview (active cluster marked). */
function rangesOf(design: Parameters<typeof analyseDesign>[0]): string {
  const ranges = analyseDesign(design).context.ranges.filter((r) => r.role !== "external");
  return ranges
    .slice(0, 6)
    .map((r) => r.text)
    .concat(ranges.length > 6 ? [`+${ranges.length - 6} more`] : [])
    .join(", ");
}

/**
 * The clusters of the plan (ADR 0110): which one every panel, the map and the exports show; add,
 * duplicate (ranges moved clear by the solver) and remove, each one undo step; whether the
 * clusters route to each other; each cluster's ranges; and what clashes across clusters, each
 * finding naming its cluster with its fixes (Apply shows that cluster and applies the fix as one
 * undo step). The cluster's name is the Cluster panel's name field.
 */
export function ClustersPanel() {
  const plan = useAppStore((s) => s.plan);
  const active = useAppStore((s) => s.activeCluster);
  const actions = useActions();
  const { messages } = useSharing();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const say = (result: { ok: boolean; error?: string; value?: { note?: string } }, done: string) =>
    messages.getState().push(
      result.ok
        ? {
            tone: "success",
            topic: "clusters",
            text: `${done}${result.value?.note ? ` (${result.value.note})` : ""}.`,
            timeoutMs: 6000,
          }
        : { tone: "error", topic: "clusters", text: result.error ?? "Not done." },
    );
  const findings = planFindings(plan);
  const several = plan.clusters.length > 1;
  const apply = (f: PlanFinding, fix: Fix) => {
    actions.selectCluster(f.cluster);
    const result = actions.applyFix(fix);
    say(result, `Applied to "${f.clusterName}": ${fix.summary}`);
    statusRef.current?.focus();
  };

  return (
    <Panel
      id="clusters"
      title={several ? `Clusters (${plan.clusters.length})` : "Clusters"}
      paths={[]}
    >
      {several && <ClusterPicker />}
      <div className="cluster-actions">
        <button type="button" onClick={() => say(actions.addCluster(), "Added a cluster")}>
          Add cluster
        </button>
        <button
          type="button"
          onClick={() =>
            say(actions.duplicateCluster(), `Duplicated "${plan.clusters[active]?.name}"`)
          }
        >
          Duplicate
        </button>
        {several && (
          <button
            type="button"
            onClick={() =>
              say(actions.removeCluster(active), `Removed "${plan.clusters[active]?.name}"`)
            }
          >
            Remove this cluster
          </button>
        )}
      </div>
      {several && (
        <>
          <CheckboxField
            path="plan.isolated"
            label="These clusters never route to each other"
            checked={plan.routing === "isolated"}
            onChange={(isolated) => actions.setClusterRouting(isolated ? "isolated" : "connected")}
            hint="Then Service ranges may repeat across clusters; pod, node and LoadBalancer ranges must still be distinct."
          />
          <ul className="cluster-list" aria-label="Ranges of each cluster">
            {plan.clusters.map((d, i) => (
              <li
                key={d.name}
                className={i === active ? "cluster-item cluster-active" : "cluster-item"}
              >
                <span className="cluster-swatch" data-cluster={i % 6} aria-hidden="true" />
                <strong>{d.name}</strong>
                {i === active && <span className="muted"> (shown)</span>}
                <span className="cluster-ranges">{rangesOf(d)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="findings-summary" role="status" tabIndex={-1} ref={statusRef}>
        {findings.length === 0
          ? several
            ? "No clashes between the clusters."
            : "One cluster: add or duplicate one to plan several."
          : `${findings.length} ${findings.length === 1 ? "finding" : "findings"} across the clusters`}
      </p>
      {findings.length > 0 && (
        <ul className="plan-findings">
          {findings.map((f, i) => (
            <li
              key={`${f.rule}-${f.cluster}-${i}`}
              className={`finding finding-${f.severity}`}
              data-rule={f.rule}
            >
              <span className="finding-severity">
                {f.severity === "error" ? "Error" : f.severity === "warning" ? "Warning" : "Info"}
              </span>
              <span className="finding-message">{escapeUnsafe(f.message)}</span>
              {f.source && <span className="finding-source">Source: {f.source}</span>}
              {f.fixes?.map((fix) => (
                <span key={fix.summary} className="finding-fix-option">
                  <span className="finding-fix-summary">{escapeUnsafe(fix.summary)}</span>
                  <button
                    type="button"
                    className="finding-apply"
                    aria-label={`Apply to ${f.clusterName}: ${escapeUnsafe(fix.summary)}`}
                    onClick={() => apply(f, fix)}
                  >
                    Apply
                  </button>
                </span>
              ))}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
