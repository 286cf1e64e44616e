import { crossOverlaps, earlierOverlaps, type OverlapHits } from "../ip/boundedOverlaps.ts";
import type { AddressRange } from "../ip/range.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Finding, Severity } from "./finding.ts";

/**
 * How many overlaps of one range the overlap rules report pair by pair (the first, with the shared
 * part and the component's own words); the rest are counted in one more finding per range. A
 * design of 1,000 nested ranges then gets a few thousand findings, not half a million (ADR 0070).
 */
export const OVERLAP_PAIRS_PER_RANGE = 1;

/** How many of the further ranges that finding names. */
const NAMED = 3;

/** One range's overlaps: the ones reported pair by pair, the next few by name, and a count of the rest. */
export interface RangeOverlaps {
  owner: number;
  paired: number[];
  named: number[];
  /** How many beyond `paired` (named ones included). */
  further: number;
}

function split(hits: OverlapHits): RangeOverlaps {
  const paired = hits.others.slice(0, OVERLAP_PAIRS_PER_RANGE);
  const named = hits.others.slice(OVERLAP_PAIRS_PER_RANGE);
  return { owner: hits.owner, paired, named, further: named.length + hits.more };
}

/** Each later range's overlaps with earlier ones of the same list (see earlierOverlaps), bounded. */
export function laterOverlaps(ranges: readonly { range: AddressRange }[]): RangeOverlaps[] {
  return earlierOverlaps(
    ranges.map((r) => r.range),
    OVERLAP_PAIRS_PER_RANGE + NAMED,
  ).map(split);
}

/** Each range of `as` with its overlaps among `bs` (see crossOverlaps), bounded. */
export function overlapsAcross(
  as: readonly { range: AddressRange }[],
  bs: readonly { range: AddressRange }[],
): RangeOverlaps[] {
  return crossOverlaps(
    as.map((r) => r.range),
    bs.map((r) => r.range),
    OVERLAP_PAIRS_PER_RANGE + NAMED,
  ).map(split);
}

/**
 * The finding for a range's overlaps beyond those reported pair by pair: how many, the first few
 * by name, and what that does (`consequence`, the same words as the pair findings).
 */
export function furtherOverlapsFinding(
  base: { rule: string; severity: Severity; fix: string; source: string },
  owner: { label: string; field: string },
  named: readonly { label: string; field: string }[],
  further: number,
  consequence: string,
): Finding {
  const rest = further - named.length;
  const names = named.map((n) => n.label).join(", ");
  const list = rest > 0 ? `${names} and ${formatCount(rest)} more` : names;
  return {
    ...base,
    fields: [owner.field, ...named.map((n) => n.field)],
    message: `The ${owner.label} also overlaps ${formatCount(further)} more range${further === 1 ? "" : "s"} (${list}); ${consequence}`,
  };
}
