import { lookup } from "../../core/lookup.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import type { Capacity } from "../../core/capacity/types.ts";
import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import type { Design } from "../../core/design/schema.ts";
import { prefixRange, type AddressRange } from "../../core/ip/range.ts";
import { lbAddressesIn } from "../../core/plans/lbPoolPlans.ts";
import { podRangePlanOf, type PodRangePlan } from "../../core/plans/podRangePlans.ts";
import type { DesignPlans, FamilyPlans } from "../../core/plans/types.ts";
import type { RangeItem } from "../../layout/rangeItems.ts";
import type { Cell } from "../../layout/visibleCells.ts";

/** A cell's usable figure, read from core's plans and capacity, and how it was reached. */
export interface CellFigure {
  /** Addresses usable for the cell's purpose; undefined where no single figure applies. */
  usable: bigint | undefined;
  rule: string;
}

const byIndex = (entry: { index: number }): number => entry.index;

const NONE: CellFigure = { usable: undefined, rule: "" };

/** The position in its list of the design field a map item came from ("...pools.2.range" -> 2). */
function fieldIndex(field: string): number {
  return Number(/\.(\d+)(?:\.\w+)?$/.exec(field)?.[1] ?? -1);
}

/**
 * The usable figure of a whole range of the design written as one `start-end` run (its blocks'
 * figures added up): a LoadBalancer pool's addresses the provider hands out, or undefined.
 */
export function rangeUsable(
  design: Design,
  item: RangeItem,
  span: AddressRange,
): bigint | undefined {
  if (item.role !== "lb") return undefined;
  const pools = analyseDesign(design).plans?.lbPools;
  const pool = pools && lookup(pools, byIndex, fieldIndex(item.field));
  return pool ? lbAddressesIn(pool, span) : undefined;
}

/** Usable addresses per node subnet: capacity's pod IPs per node, or a Calico block's addresses. */
export function perNodeSubnet(f: FamilyPlans): { per: bigint; rule: string } {
  if (f.calico) {
    return {
      per: f.calico.blockAddresses,
      rule: `${formatCount(f.calico.blockAddresses)} addresses per Calico block; a node fills ${formatCount(f.calico.blocksPerNode)} at ${formatCount(f.calico.podsPerNode)} pods`,
    };
  }
  return { per: f.podIps.ips, rule: `${formatCount(f.podIps.ips)} pod IPs per node subnet` };
}

/** The plan of the pod range a map item stands for. */
export function podPlanOf(plans: DesignPlans, cell: Cell): PodRangePlan | undefined {
  return podRangePlanOf(plans[cell.prefix.family]?.podRanges ?? [], cell.prefix);
}

/**
 * The usable figure of a cell, from the plans: node subnets carry capacity's pod IPs per node,
 * address runs the addresses a pod or Service can get, a Service range the ClusterIPs the
 * apiserver hands out, node networks and LoadBalancer pools capacity's counts, a pod range its
 * usable node subnets' pod IPs (none when nothing allocates from it).
 */
export function cellFigure(cell: Cell, plans: DesignPlans, capacity: Capacity): CellFigure {
  const f = plans[cell.prefix.family];
  if (cell.units?.unit === "node") {
    if (!f) return NONE;
    const { per, rule } = perNodeSubnet(f);
    const counts = cell.units.counts;
    const usable =
      (counts["node-allocated"] ?? 0n) +
      (counts["node-headroom"] ?? 0n) +
      (counts["node-free"] ?? 0n);
    return { usable: per * usable, rule: `${rule}: ${f.podIps.rule}` };
  }
  if (cell.units?.unit === "address") {
    const c = cell.units.counts;
    const usable = (c["addr-pod"] ?? 0n) + (c["svc-dynamic"] ?? 0n) + (c["svc-static"] ?? 0n);
    return { usable, rule: "addresses a pod or Service can get" };
  }
  if (cell.overlap || !cell.item) return NONE;
  const index = fieldIndex(cell.item.field);
  switch (cell.item.role) {
    case "services": {
      const service = f?.service;
      if (!service) return NONE;
      return { usable: service.serviceIPs, rule: "ClusterIPs the apiserver hands out" };
    }
    case "nodes": {
      const network = lookup(capacity.nodeNetworks, byIndex, index);
      return network ? { usable: network.usable, rule: network.rule } : NONE;
    }
    case "lb": {
      const pool = lookup(plans.lbPools, byIndex, index);
      if (!pool) return NONE;
      return { usable: lbAddressesIn(pool, prefixRange(cell.prefix)), rule: pool.rule };
    }
    case "pods": {
      const pod = podPlanOf(plans, cell);
      if (!f || !pod || pod.unused) return NONE;
      const { per, rule } = perNodeSubnet(f);
      const usable = pod.nodeSubnets - pod.withheld;
      return {
        usable: per * usable,
        rule: `${rule}, in each of ${formatCount(usable)} usable node subnets`,
      };
    }
    case "external":
      return NONE;
  }
}
