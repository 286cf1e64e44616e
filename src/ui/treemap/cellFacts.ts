import type { Design } from "../../core/design/schema.ts";
import { formatAddress } from "../../core/ip/address.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import { rangeSize } from "../../core/ip/range.ts";
import { describeCell, type CellFacts } from "./describeCell.ts";
import { largestAlignedBlock } from "../../layout/gaps.ts";
import { gapText } from "../../layout/planLabels.ts";
import type { RangeItem } from "../../layout/rangeItems.ts";
import type { Cell } from "../../layout/visibleCells.ts";

/**
 * What the tooltip, the details and the options say about a cell: a collapsed gap of the plan
 * view by its free run (first–last, size, largest aligned block), any other cell as describeCell
 * says; a range of another cluster of the plan (drawn beside the active one's) by its own
 * cluster's design, naming that cluster. `range`: the `start-end` range a block cell stands for
 * (see describeCell).
 */
export function cellFacts(cell: Cell, design: Design, range?: RangeItem): CellFacts {
  const span = cell.span;
  const cluster = cell.item?.cluster;
  if (cluster && !cell.overlap) {
    const facts = describeCell(cell, cluster.design, range);
    return {
      ...facts,
      title: `${facts.title} of cluster ${cluster.name}`,
      role: `${facts.role} (cluster ${cluster.name})`,
      lines: [...facts.lines, `A range of cluster ${cluster.name}: show that cluster to edit it.`],
      accessibleName: `Cluster ${cluster.name}: ${facts.accessibleName}`,
    };
  }
  if (!span) return describeCell(cell, design, range);
  const at = (value: bigint): string => formatAddress({ family: span.family, value });
  const largest = formatPrefix(largestAlignedBlock(span));
  const size = rangeSize(span);
  return {
    title: "Free space (collapsed in the plan view)",
    role: "Free space",
    cidr: `largest aligned block ${largest}`,
    first: at(span.first),
    last: at(span.last),
    size,
    usable: undefined,
    usableRule: "",
    lines: [`Largest aligned block: ${largest}.`],
    note: undefined,
    accessibleName: gapText(span),
  };
}
