import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import type { Design } from "../../core/design/schema.ts";
import { formatAddress } from "../../core/ip/address.ts";
import { formatPrefix, lastAddress, prefixSize, subnetCount } from "../../core/ip/prefix.ts";
import type { DesignPlans } from "../../core/plans/types.ts";
import { itemText, ROLE_LABEL, type RangeItem } from "../../layout/rangeItems.ts";
import type { CellKind } from "../../layout/scene.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { cellFigure, podPlanOf } from "./cellFigures.ts";
import { KIND_LABEL } from "./kindLabels.ts";

/** What a details panel and a tooltip say about a cell. */
export interface CellFacts {
  title: string;
  role: string;
  cidr: string;
  first: string;
  last: string;
  size: bigint;
  /** Addresses usable for the cell's purpose; undefined where no single figure applies. */
  usable: bigint | undefined;
  usableRule: string;
  lines: string[];
  /** A short caveat for the tooltip too (e.g. Cilium's run-time router and health IPs), if any. */
  note: string | undefined;
  accessibleName: string;
}

/** Cilium's agent takes its router and health IPs from the node's range when it starts. */
export const CILIUM_RUNTIME_NOTE =
  "The Cilium agent takes the router (cilium_host) and health IPs from this range at run time; their positions vary, shown here at the first free indices.";

const NODE_KINDS = new Set<CellKind>(["node-allocated", "node-headroom", "node-free"]);
const fmt = formatCount;

/** The Cilium run-time caveat for one node subnet, or its router and health addresses. */
function ciliumNote(cell: Cell, plans: DesignPlans): string | undefined {
  if (plans.cni.podIps !== "cilium") return undefined;
  if (cell.kind === "addr-router" || cell.kind === "addr-health") return CILIUM_RUNTIME_NOTE;
  const single = cell.units?.unit === "node" && subnetCount(cell.prefix, cell.units.length) === 1n;
  return single && NODE_KINDS.has(cell.kind) ? CILIUM_RUNTIME_NOTE : undefined;
}

function countsLine(cell: Cell): string | undefined {
  if (!cell.units) return undefined;
  const parts = Object.entries(cell.units.counts).map(
    ([k, v]) => `${fmt(v as bigint)} ${KIND_LABEL[k as CellKind].toLowerCase()}`,
  );
  return parts.join(", ");
}

/**
 * What the title, accessible name and lines say about a range of the design (not a unit); the
 * name gives `range`'s text (itemText) when the cell stands for that whole range.
 */
function rangeFacts(cell: Cell, plans: DesignPlans, cidr: string, range: RangeItem | undefined) {
  const item = cell.item;
  let title = KIND_LABEL[cell.kind];
  if (!item) return { title, name: `${title} ${cidr}`, lines: [] as string[], note: undefined };
  if (item.name !== ROLE_LABEL[item.role]) title = `${title} "${item.name}"`;
  let name = `${title} ${range ? itemText(range) : cidr}`;
  const lines: string[] = [];
  let note: string | undefined;
  if (item.role === "pods") {
    const pod = podPlanOf(plans, cell);
    if (pod?.unused) {
      name += ", never allocated";
      note = `Never allocated: ${pod.unused}`;
    } else if (pod && pod.nodeSubnets > 0n) {
      name += `, ${fmt(pod.nodeSubnets)} node subnets`;
      lines.push(`${fmt(pod.nodeSubnets)} node subnets of /${pod.nodeMask}`);
      if (pod.withheld > 0n) lines.push(`${fmt(pod.withheld)} withheld (touch the Service range)`);
    }
  }
  if (item.source !== cidr) lines.push(`Written as ${item.source}`);
  if (item.role === "services") {
    for (const pod of plans[cell.prefix.family]?.podRanges ?? []) {
      if (pod.withheld > 0n)
        note = `Beneath it: ${fmt(pod.withheld)} node subnets /${pod.nodeMask} of pod range ${formatPrefix(pod.prefix)}, withheld because they touch the Service range.`;
    }
  }
  return { title, name, lines, note };
}

/**
 * The facts of a cell: CIDR, first and last address, size, usable count, role, and a one-line
 * accessible name. Every figure comes from core's plans and capacity for the design (its one
 * memoised analysis), so the map says what the capacity panel says. `range`: the `start-end`
 * range (with its span) a block cell stands for, as a map option of that range does: the
 * accessible name then names the range as the label and the row write it, not the block.
 */
export function describeCell(cell: Cell, design: Design, range?: RangeItem): CellFacts {
  const { plans, capacity } = analyseDesign(design);
  const cidr = formatPrefix(cell.prefix);
  const size = prefixSize(cell.prefix);
  const first = formatAddress({ family: cell.prefix.family, value: cell.prefix.network });
  const last = formatAddress({ family: cell.prefix.family, value: lastAddress(cell.prefix) });
  const figure =
    plans && capacity ? cellFigure(cell, plans, capacity) : { usable: undefined, rule: "" };
  const lines: string[] = [];
  let title = KIND_LABEL[cell.kind];
  let name = `${title} ${cidr}`;
  let rangeNote: string | undefined;
  if (cell.overlap) {
    const { a, b } = cell.overlap;
    // A range of another cluster of the plan says whose it is.
    const of = (x: typeof a) => (x.cluster ? ` of cluster ${x.cluster.name}` : "");
    title = `Overlap: ${ROLE_LABEL[a.role]} ${a.source}${of(a)} and ${ROLE_LABEL[b.role]} ${b.source}${of(b)}`;
    name = `Overlap ${cidr} between ${ROLE_LABEL[a.role].toLowerCase()} ${a.source}${of(a)} and ${ROLE_LABEL[b.role].toLowerCase()} ${b.source}${of(b)}`;
  } else if (cell.item && !cell.units && plans) {
    const facts = rangeFacts(cell, plans, cidr, range);
    ({ title, name } = facts);
    for (const line of facts.lines) lines.push(line);
    rangeNote = facts.note;
  } else if (cell.units) {
    const unitCount = subnetCount(cell.prefix, cell.units.length);
    const unitWord = cell.units.unit === "node" ? "node subnets" : "addresses";
    if (unitCount > 1n) {
      title =
        cell.kind === "mixed"
          ? `Block of ${fmt(unitCount)} ${unitWord}`
          : `${fmt(unitCount)} ${unitWord}: ${KIND_LABEL[cell.kind].toLowerCase()}`;
      name = `${title}, ${cidr}`;
    } else if (cell.units.unit === "address") {
      name = `${KIND_LABEL[cell.kind]} ${first}`;
    }
    const counts = countsLine(cell);
    if (counts && unitCount > 1n) {
      lines.push(counts);
      if (cell.kind === "mixed") name += `: ${counts}`;
    }
  }
  if (figure.rule) lines.push(`Usable: ${figure.rule}`);
  const note = cell.overlap ? undefined : (rangeNote ?? (plans && ciliumNote(cell, plans)));
  if (note) lines.push(note);
  return {
    title,
    role: KIND_LABEL[cell.kind],
    cidr,
    first,
    last,
    size,
    usable: figure.usable,
    usableRule: figure.rule,
    lines,
    note,
    accessibleName: name,
  };
}
