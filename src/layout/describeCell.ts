import type { Design } from "../core/design/schema.ts";
import { describeCni } from "../core/cni/describeCni.ts";
import { formatAddress } from "../core/ip/address.ts";
import {
  lastAddress,
  prefixSize,
  formatPrefix,
  subnetCount,
  type Prefix,
} from "../core/ip/prefix.ts";
import { planNodeSubnets } from "./nodeSubnets.ts";
import { nodeSubnetPlan } from "./addressPlans.ts";
import { ROLE_LABEL } from "./rangeItems.ts";
import type { CellKind } from "./scene.ts";
import type { Cell } from "./visibleCells.ts";

/** A person's name for each cell kind (also the legend text). */
export const KIND_LABEL: Record<CellKind, string> = {
  ...ROLE_LABEL,
  free: "Free space",
  overlap: "Overlap",
  mixed: "Mixed block",
  "node-allocated": "Node subnet, allocated",
  "node-headroom": "Node subnet, headroom",
  "node-free": "Node subnet, free",
  "node-withheld": "Node subnet, withheld (touches the Service range)",
  "addr-network": "Network address",
  "addr-gateway": "Gateway (host-local)",
  "addr-router": "Cilium router IP (cilium_host)",
  "addr-health": "Cilium health endpoint IP",
  "addr-broadcast": "Broadcast address",
  "addr-reserved": "Reserved by the allocator",
  "addr-pod": "Pod IPs",
  "svc-kubernetes": "kubernetes Service IP",
  "svc-dns": "Cluster DNS IP",
  "svc-static": "Static band (KEP-3070)",
  "svc-dynamic": "Dynamic band",
};

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

/** The Cilium run-time caveat for one node subnet, or its router and health addresses. */
function ciliumNote(cell: Cell, design: Design): string | undefined {
  if (describeCni(design.cni).podIps !== "cilium") return undefined;
  if (cell.kind === "addr-router" || cell.kind === "addr-health") return CILIUM_RUNTIME_NOTE;
  const single = cell.units?.unit === "node" && subnetCount(cell.prefix, cell.units.length) === 1n;
  return single && NODE_KINDS.has(cell.kind) ? CILIUM_RUNTIME_NOTE : undefined;
}

const fmt = (n: bigint): string => n.toLocaleString("en-US");

function podIpsPerSubnet(design: Design, subnet: Prefix): bigint {
  return nodeSubnetPlan(subnet, describeCni(design.cni).podIps)
    .filter((s) => s.kind === "addr-pod")
    .reduce((a, s) => a + s.end - s.start, 0n);
}

function usableOf(cell: Cell, design: Design): [bigint | undefined, string] {
  const size = prefixSize(cell.prefix);
  const v4 = cell.prefix.family === "ipv4";
  if (cell.units?.unit === "node") {
    const subnet = { ...cell.prefix, length: cell.units.length };
    const per = podIpsPerSubnet(design, subnet);
    const usableNodes =
      (cell.units.counts["node-allocated"] ?? 0n) +
      (cell.units.counts["node-headroom"] ?? 0n) +
      (cell.units.counts["node-free"] ?? 0n);
    return [
      per * usableNodes,
      `${fmt(per)} pod IPs per node subnet (${describeCni(design.cni).podIps})`,
    ];
  }
  if (cell.units?.unit === "address") {
    const pods =
      (cell.units.counts["addr-pod"] ?? 0n) +
      (cell.units.counts["svc-dynamic"] ?? 0n) +
      (cell.units.counts["svc-static"] ?? 0n);
    return [pods, "addresses a pod or Service can get"];
  }
  switch (cell.kind) {
    case "services":
      return [
        size - (v4 ? 2n : 1n),
        v4 ? "network and broadcast never handed out" : "network address never handed out",
      ];
    case "nodes":
      return [
        size > 2n ? size - (v4 ? 2n : 1n) : size,
        "minus network (and IPv4 broadcast); clouds reserve more",
      ];
    case "lb":
      return [size, "MetalLB hands out every address"];
    case "pods": {
      const plan = planNodeSubnets(design, cell.prefix.family).find(
        (p) => p.pod.network === cell.prefix.network && p.pod.length === cell.prefix.length,
      );
      if (!plan) return [undefined, ""];
      const per = podIpsPerSubnet(design, { ...cell.prefix, length: plan.unitLength });
      const withheld = plan.segments
        .filter((s) => s.kind === "node-withheld")
        .reduce((a, s) => a + s.end - s.start, 0n);
      return [
        per * (plan.count - withheld),
        `${fmt(per)} pod IPs in each of ${fmt(plan.count - withheld)} usable node subnets`,
      ];
    }
    default:
      return [undefined, ""];
  }
}

function countsLine(cell: Cell): string | undefined {
  if (!cell.units) return undefined;
  const parts = Object.entries(cell.units.counts).map(
    ([k, v]) => `${fmt(v as bigint)} ${KIND_LABEL[k as CellKind].toLowerCase()}`,
  );
  return parts.join(", ");
}

/** The facts of a cell: CIDR, first and last address, size, usable count, role, and a one-line accessible name. */
export function describeCell(cell: Cell, design: Design): CellFacts {
  const cidr = formatPrefix(cell.prefix);
  const size = prefixSize(cell.prefix);
  const first = formatAddress({ family: cell.prefix.family, value: cell.prefix.network });
  const last = formatAddress({ family: cell.prefix.family, value: lastAddress(cell.prefix) });
  const [usable, usableRule] = usableOf(cell, design);
  const lines: string[] = [];
  let title = KIND_LABEL[cell.kind];
  let name = `${title} ${cidr}`;
  let withheldNote: string | undefined;
  if (cell.overlap) {
    const { a, b } = cell.overlap;
    title = `Overlap: ${ROLE_LABEL[a.role]} ${a.source} and ${ROLE_LABEL[b.role]} ${b.source}`;
    name = `Overlap ${cidr} between ${ROLE_LABEL[a.role].toLowerCase()} ${a.source} and ${ROLE_LABEL[b.role].toLowerCase()} ${b.source}`;
  } else if (cell.item && !cell.units) {
    if (cell.item.name !== ROLE_LABEL[cell.item.role]) title = `${title} "${cell.item.name}"`;
    name = `${title} ${cidr}`;
    if (cell.item.role === "pods") {
      const plan = planNodeSubnets(design, cell.prefix.family).find(
        (p) => p.pod.length === cell.prefix.length && p.pod.network === cell.prefix.network,
      );
      if (plan) {
        name += `, ${fmt(plan.count)} node subnets`;
        lines.push(`${fmt(plan.count)} node subnets of /${plan.unitLength}`);
      }
    }
    if (cell.item.source !== cidr) lines.push(`Written as ${cell.item.source}`);
    if (cell.item.role === "services") {
      for (const plan of planNodeSubnets(design, cell.prefix.family)) {
        const withheld = plan.segments
          .filter((s) => s.kind === "node-withheld")
          .reduce((a, s) => a + s.end - s.start, 0n);
        if (withheld > 0n)
          withheldNote = `Beneath it: ${fmt(withheld)} node subnets /${plan.unitLength} of pod range ${formatPrefix(plan.pod)}, withheld because they touch the Service range.`;
      }
    }
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
  if (usableRule) lines.push(`Usable: ${usableRule}`);
  const note = cell.overlap ? undefined : (withheldNote ?? ciliumNote(cell, design));
  if (note) lines.push(note);
  return {
    title,
    role: KIND_LABEL[cell.kind],
    cidr,
    first,
    last,
    size,
    usable,
    usableRule,
    lines,
    note,
    accessibleName: name,
  };
}
