import type { Design } from "../../core/design/schema.ts";
import { formatAddress } from "../../core/ip/address.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import { rangeSize } from "../../core/ip/range.ts";
import { describeCell, type CellFacts } from "./describeCell.ts";
import { largestAlignedBlock } from "../../layout/gaps.ts";
import { gapText } from "../../layout/planLabels.ts";
import type { Cell } from "../../layout/visibleCells.ts";

/**
 * What the tooltip, the details and the options say about a cell: a collapsed gap of the plan
 * view by its free run (first–last, size, largest aligned block), any other cell as describeCell
 * says.
 */
export function cellFacts(cell: Cell, design: Design): CellFacts {
  const span = cell.span;
  if (!span) return describeCell(cell, design);
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
