import { useCallback } from "react";
import type { Finding } from "../../core/rules/finding.ts";
import { TreemapView } from "../treemap/TreemapView.tsx";
import { useActions, useAppStore } from "./useAppStore.ts";
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

/** The treemap wired to the store: the design, its findings and the selected cell. */
export function AddressMap() {
  const design = useAppStore((s) => s.design);
  const selectedId = useAppStore((s) => s.view.selectedCellId);
  const { selectCell } = useActions();
  const findings = useFindings();
  const onFindingClick = useFindingClick();
  return (
    <TreemapView
      design={design}
      findings={findings}
      selectedId={selectedId}
      onSelect={selectCell}
      onFindingClick={onFindingClick}
    />
  );
}
