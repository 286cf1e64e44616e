import { useId } from "react";
import { useActions, useAppStore } from "../app/useAppStore.ts";

/**
 * Which cluster of the plan the panels, map and exports show: a labelled select, rendered only
 * when the plan has several clusters. Used by the Clusters panel and the export panel.
 */
export function ClusterPicker({ label = "Cluster shown" }: { label?: string }) {
  const clusters = useAppStore((s) => s.plan.clusters);
  const active = useAppStore((s) => s.activeCluster);
  const actions = useActions();
  const id = useId();
  if (clusters.length < 2) return null;
  return (
    <div className="field cluster-picker">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={active}
        onChange={(e) => actions.selectCluster(Number(e.target.value))}
      >
        {clusters.map((d, i) => (
          <option key={d.name} value={i}>
            {d.name}
          </option>
        ))}
      </select>
    </div>
  );
}
