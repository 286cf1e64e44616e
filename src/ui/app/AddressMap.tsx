import { useCallback } from "react";
import type { Finding } from "../../core/rules/finding.ts";
import { TreemapView } from "../treemap/TreemapView.tsx";
import { useActions, useAppStore, useAppStoreApi } from "./useAppStore.ts";
import type { TakeRole } from "../treemap/RangeTable.tsx";
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
  const actions = useActions();
  const store = useAppStoreApi();
  const { selectCell } = actions;
  const onTake = useCallback(
    (role: TakeRole, cidr: string) => {
      const d = store.getState().design;
      if (role === "node-network")
        actions.addNodeNetwork({ name: `nodes-${d.nodes.networks.length + 1}`, cidr });
      else if (role === "external")
        actions.addExternalRange({ name: `reserved-${d.externalRanges.length + 1}`, cidr });
      else if (actions.addLbPool().ok) {
        const pools = store.getState().design.loadBalancer.pools;
        actions.updateLbPool(pools.length - 1, { range: cidr });
      }
    },
    [actions, store],
  );
  const findings = useFindings();
  const onFindingClick = useFindingClick();
  return (
    <TreemapView
      design={design}
      findings={findings}
      selectedId={selectedId}
      onSelect={selectCell}
      onFindingClick={onFindingClick}
      onTake={onTake}
    />
  );
}
