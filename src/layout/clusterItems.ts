import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import { collectRanges, type RangeItem } from "./rangeItems.ts";

const tagged = new WeakMap<Design, Map<string, readonly RangeItem[]>>();

/**
 * One other cluster's ranges of `family` (pods, Services, node networks, LoadBalancer pools),
 * tagged with its cluster: the design's own items (collectRanges) with the field written as a plan path (`clusters.<index>.<design path>`, so no
 * range of one cluster is taken for another's) and `@<index>` ending the id. Memoised per design,
 * index and name.
 */
function clusterItems(design: Design, index: number, family: Family): readonly RangeItem[] {
  const key = `${family}|${index}|${design.name}`;
  const byKey = tagged.get(design) ?? new Map<string, readonly RangeItem[]>();
  tagged.set(design, byKey);
  const hit = byKey.get(key);
  if (hit) return hit;
  const cluster = { index, name: design.name, design };
  // A cluster's external ranges are what it avoids, not its addresses: not drawn for it.
  const own = collectRanges(design, family).filter((item) => item.role !== "external");
  const out = own.map((item) => ({
    ...item,
    id: `${item.id}@${index}`,
    field: `clusters.${index}.${item.field}`,
    cluster,
  }));
  byKey.set(key, out);
  return out;
}

/**
 * The ranges of `family` of every cluster of a plan but the active one, tagged with their
 * cluster (what the plan view draws beside the active cluster's ranges): one collectRanges per
 * cluster, concatenated (the plan view sorts them with the active cluster's). Empty for a plan of
 * one cluster.
 */
export function otherClusterItems(
  clusters: readonly Design[],
  active: number,
  family: Family,
): RangeItem[] {
  const out: RangeItem[] = [];
  clusters.forEach((design, index) => {
    if (index === active) return;
    for (const item of clusterItems(design, index, family)) out.push(item);
  });
  return out;
}

/** A plan path's cluster and design path (`clusters.2.ipv4.podCidrs.0`), or undefined. */
export function clusterPath(field: string): { index: number; path: string } | undefined {
  const m = /^clusters\.(\d+)\.(.+)$/.exec(field);
  return m ? { index: Number(m[1]), path: m[2] as string } : undefined;
}

/** The id a cell of another cluster has in that cluster's own map (`@<index>` dropped). */
export function idInCluster(id: string): string {
  return id.replace(/@\d+$/, "");
}
