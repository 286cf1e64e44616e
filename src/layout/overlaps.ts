import { formatPrefix, intersection, type Prefix } from "../core/ip/prefix.ts";
import type { Finding } from "../core/rules/finding.ts";
import type { RangeItem } from "./rangeItems.ts";

/** Addresses claimed by two ranges of the design at once. */
export interface Overlap {
  /** Stable id: `<family>:<cidr>:overlap:<field a>|<field b>`. */
  id: string;
  prefix: Prefix;
  a: RangeItem;
  b: RangeItem;
}

/**
 * Pairwise intersections of the design's ranges: any two blocks of different ranges (different
 * roles, or two entries of one role) that share addresses. Blocks of one `start-end` pool never
 * overlap each other. Aligned blocks intersect in the smaller block.
 */
export function findOverlaps(items: readonly RangeItem[]): Overlap[] {
  const out: Overlap[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (!a || !b || a.field === b.field) continue;
      const p = intersection(a.prefix, b.prefix);
      if (!p) continue;
      out.push({
        id: `${p.family}:${formatPrefix(p)}:overlap:${a.field}|${b.field}`,
        prefix: p,
        a,
        b,
      });
    }
  }
  return out;
}

function references(finding: Finding, field: string): boolean {
  return finding.fields.some(
    (f) => f === field || field.startsWith(`${f}.`) || f.startsWith(`${field}.`),
  );
}

/**
 * The finding that explains an overlap: the first whose fields reference both ranges (a field
 * path matches its parent or child path, so "loadBalancer.pools.1" matches
 * "loadBalancer.pools.1.range"); errors before warnings; undefined when none names both.
 */
export function findingForOverlap(
  overlap: Overlap,
  findings: readonly Finding[],
): Finding | undefined {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return findings
    .filter((f) => references(f, overlap.a.field) && references(f, overlap.b.field))
    .sort((x, y) => rank[x.severity] - rank[y.severity])[0];
}
