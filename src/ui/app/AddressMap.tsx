import { useCallback, useMemo } from "react";
import type { Finding } from "../../core/rules/finding.ts";
import { findingsOf } from "../../store/derived.ts";
import { TreemapView } from "../treemap/TreemapView.tsx";
import { useActions, useAppStore } from "./useAppStore.ts";
import type { TakeRole } from "../treemap/RangeTable.tsx";
import { NextFreeControl } from "./NextFreeControl.tsx";
import { PreviewBar } from "./PreviewBar.tsx";
import "./preview.css";
import { useFindings } from "./useDerived.ts";

/** Reaches the field a finding names (its first field), as the findings list does. */
function useFindingClick(): (finding: Finding) => void {
  const { focusField } = useActions();
  return useCallback(
    (finding: Finding) => {
      const field = finding.fields[0];
      if (field) focusField(field);
    },
    [focusField],
  );
}

/**
 * The treemap wired to the store: the design, its findings and the selected cell, the plan's
 * other clusters' ranges beside the active one's (a range of one shows that cluster); "next
 * free /N" above it. While a preview is shown (store/previewSlice.ts) the maps and tables draw the
 * previewed design, framed and labelled as not applied, and cannot edit.
 */
export function AddressMap() {
  const design = useAppStore((s) => s.design);
  const preview = useAppStore((s) => s.preview);
  const selectedId = useAppStore((s) => s.view.selectedCellId);
  const actions = useActions();
  const { selectCell } = actions;
  const onTake = useCallback(
    (role: TakeRole, cidr: string) => void actions.addRangeAs(role, cidr),
    [actions],
  );
  const findings = useFindings();
  const onFindingClick = useFindingClick();
  const shown = preview?.design ?? design;
  const designs = useAppStore((s) => s.plan.clusters);
  const routing = useAppStore((s) => s.plan.routing);
  const active = useAppStore((s) => s.activeCluster);
  const clusters = useMemo(() => ({ designs, active, routing }), [designs, active, routing]);
  const onShowCluster = useCallback(
    (index: number, id: string) => {
      if (actions.selectCluster(index).ok) actions.selectCell(id);
    },
    [actions],
  );
  return (
    <>
      <NextFreeControl />
      {preview && <PreviewBar preview={preview} />}
      <div
        className={preview ? "map-frame map-preview" : "map-frame"}
        data-preview={preview ? "true" : undefined}
      >
        <TreemapView
          design={shown}
          findings={preview ? findingsOf(shown) : findings}
          selectedId={selectedId}
          onSelect={selectCell}
          {...(preview ? {} : { onFindingClick, onTake, clusters, onShowCluster })}
        />
      </div>
    </>
  );
}
