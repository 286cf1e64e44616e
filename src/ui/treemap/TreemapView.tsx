import type { Design } from "../../core/design/schema.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { FamilyMap, type PlanClusters } from "./FamilyMap.tsx";
import type { TakeRole } from "./RangeTable.tsx";
import "./treemap.css";

/** Props of the treemap: the design, its findings, and the selection owned by the caller. */
export interface TreemapViewProps {
  design: Design;
  findings: Finding[];
  /** The selected cell's id (`<family>:<cidr>:<tag>`), or undefined. */
  selectedId: string | undefined;
  onSelect: (id: string | undefined) => void;
  /** Called with the finding an overlap is linked to when the overlap is clicked. */
  onFindingClick?: (f: Finding) => void;
  /** Adds a range in a free gap (the table's "take the next free /N"). */
  onTake?: (role: TakeRole, cidr: string) => void;
  /** The plan's clusters and which one `design` is: the plan view draws the others' ranges too. */
  clusters?: PlanClusters;
  /** Shows another cluster of the plan, selecting the cell `id` of its own map. */
  onShowCluster?: (index: number, id: string) => void;
}

/** The treemap of address space: one map per active family (side by side in dual-stack), each with its legend. */
export function TreemapView({
  design,
  findings,
  selectedId,
  onSelect,
  onFindingClick,
  onTake,
  clusters,
  onShowCluster,
}: TreemapViewProps) {
  return (
    <div className="tm-root">
      <div className="tm-families">
        {design.ipFamilies.map((family) => (
          <FamilyMap
            key={family}
            design={design}
            family={family}
            findings={findings}
            selectedId={selectedId}
            onSelect={onSelect}
            onFindingClick={onFindingClick}
            onTake={onTake}
            clusters={clusters}
            onShowCluster={onShowCluster}
          />
        ))}
      </div>
    </div>
  );
}
