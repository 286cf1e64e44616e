import { fixedSettingAt } from "../cni/fixedSettings.ts";
import type { Design } from "../design/schema.ts";
import { familyLabel, FAMILIES, type Family } from "../ip/family.ts";
import { formatPrefix, prefixAt, prefixOf } from "../ip/prefix.ts";
import { formatCount } from "../text/formatCount.ts";
import { computeCapacity } from "./computeCapacity.ts";
import type { Capacity } from "./types.ts";

/** One range's node ceiling: the node count at which it runs out. */
export interface RangeCeiling {
  /** Stable id ("ipv4-pods", "ipv6-nodes", "platform"). */
  id: string;
  /** What runs out, in words ("IPv4 pod ranges 10.244.0.0/16"). */
  label: string;
  /** The most nodes it holds. */
  nodes: bigint;
}

/** What one change to the design would do to the node ceiling and the pods per node. */
export interface GrowthOption {
  /** The change in words ("IPv4 pod range 10.244.0.0/15"). */
  change: string;
  /** The design path it changes and the value, for an Apply button. */
  path: string;
  value: string | number;
  /** The cluster's node ceiling after it. */
  maxNodes: bigint;
  /** Pods per node after it (the smallest over the families). */
  podsPerNode: number;
}

/** The current design's room to grow. */
export interface Growth {
  /** Planned nodes and with headroom. */
  nodes: number;
  nodesNeeded: number;
  /** The cluster's node ceiling (`capacity.maxNodes`) and how many more nodes than planned fit. */
  maxNodes: bigint;
  moreNodes: bigint;
  /** Every range that bounds the node count, smallest ceiling first. */
  ceilings: RangeCeiling[];
  /** A larger pod range, a longer or a shorter node mask, per family that has a pod range. */
  options: GrowthOption[];
}

/** The node ceilings of the capacity, by range: pod ranges, node networks, the platform's limits. */
export function rangeCeilings(d: Design, capacity: Capacity): RangeCeiling[] {
  const out: RangeCeiling[] = [];
  for (const family of FAMILIES) {
    const fc = capacity[family];
    const plan = d[family];
    if (!fc || !plan) continue;
    const label = familyLabel(family);
    if (fc.nodeSubnets > 0n) {
      out.push({
        id: `${family}-pods`,
        label: `${label} pod ranges ${plan.podCidrs.join(", ")} at /${plan.nodeMask}`,
        nodes: fc.maxNodes,
      });
    }
    const networks = capacity.nodeNetworks.filter((n) => n.family === family);
    if (networks.length > 0) {
      // One address per node, or (where pods take node-network addresses) the family's bound.
      const nodes = fc.nodeSubnets === 0n ? fc.maxNodes : capacity.nodeNetworkRoom[family];
      out.push({
        id: `${family}-nodes`,
        label: `${label} node networks ${networks.map((n) => n.cidr).join(", ")}`,
        nodes,
      });
    }
  }
  const limit = capacity.platform?.nodeLimit;
  if (limit) out.push({ id: "platform", label: limit.why, nodes: BigInt(limit.limit) });
  return out.sort((a, b) => (a.nodes < b.nodes ? -1 : a.nodes > b.nodes ? 1 : 0));
}

const podsPerNodeOf = (c: Capacity): number =>
  FAMILIES.reduce((min, f) => Math.min(min, c[f]?.podsPerNode ?? Infinity), Infinity);

/** The design with a family's plan patched. */
function patched(d: Design, family: Family, patch: Partial<NonNullable<Design["ipv4"]>>): Design {
  const plan = d[family];
  return plan ? { ...d, [family]: { ...plan, ...patch } } : d;
}

/** The options of one family: its first pod range one bit larger, its node mask one bit each way. */
function familyOptions(d: Design, family: Family): GrowthOption[] {
  const plan = d[family];
  const first = plan && prefixOf(plan.podCidrs[0] ?? "");
  if (!plan || !first) return [];
  const label = familyLabel(family);
  const bits = family === "ipv4" ? 32 : 128;
  const out: GrowthOption[] = [];
  const option = (change: string, path: string, value: string | number, next: Design) => {
    const c = computeCapacity(next);
    out.push({ change, path, value, maxNodes: c.maxNodes, podsPerNode: podsPerNodeOf(c) });
  };
  if (first.length > 0) {
    const size = 1n << BigInt(bits - first.length + 1);
    const larger = formatPrefix(prefixAt(family, (first.network / size) * size, first.length - 1));
    const podCidrs = [larger, ...plan.podCidrs.slice(1)];
    option(
      `${label} pod range ${larger}`,
      `${family}.podCidrs.0`,
      larger,
      patched(d, family, { podCidrs }),
    );
  }
  if (plan.nodeMask < bits) {
    const m = plan.nodeMask + 1;
    option(
      `${label} node mask /${m}`,
      `${family}.nodeMask`,
      m,
      patched(d, family, { nodeMask: m }),
    );
  }
  if (plan.nodeMask > first.length) {
    const m = plan.nodeMask - 1;
    option(
      `${label} node mask /${m}`,
      `${family}.nodeMask`,
      m,
      patched(d, family, { nodeMask: m }),
    );
  }
  return out;
}

/**
 * The design's room to grow, from core's capacity (no formula of its own): how many more nodes
 * than planned fit, the node count at which each range runs out (`rangeCeilings`), and what a
 * pod range one bit larger or a node mask one bit longer or shorter would give (capacity
 * recomputed for each; a CNI that fixes the mask gets no mask options). Pure and exact.
 */
export function growthOf(d: Design, capacity: Capacity): Growth {
  const options = FAMILIES.flatMap((f) =>
    d[f] && capacity[f] && capacity[f].nodeSubnets > 0n ? familyOptions(d, f) : [],
  ).filter((o) => !(o.path.endsWith(".nodeMask") && fixedSettingAt(d, o.path)));
  const needed = BigInt(capacity.nodesNeeded);
  return {
    nodes: d.nodes.count,
    nodesNeeded: capacity.nodesNeeded,
    maxNodes: capacity.maxNodes,
    moreNodes:
      capacity.maxNodes > BigInt(d.nodes.count) ? capacity.maxNodes - BigInt(d.nodes.count) : 0n,
    ceilings: rangeCeilings(d, capacity),
    options: options.map((o) => ({
      ...o,
      change: `${o.change}: ${formatCount(o.maxNodes)} nodes${o.maxNodes < needed ? ` (fewer than the ${formatCount(needed)} needed)` : ""}, ${formatCount(o.podsPerNode)} pods per node`,
    })),
  };
}
