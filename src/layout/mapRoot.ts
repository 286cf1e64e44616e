import { familyLabel, type Family } from "../core/ip/family.ts";
import { commonSupernet, contains, overlaps, parsePrefix, type Prefix } from "../core/ip/prefix.ts";
import { fail, ok, type Result } from "../core/result.ts";
import type { RangeItem } from "./rangeItems.ts";

/**
 * How many bits the smallest containing block may exceed the design's largest range by before
 * the map suggests fitting its root to that range: at 8 bits the largest range covers 1/256 of
 * the map (e.g. 10.0.0.0/8 in 0.0.0.0/0), a speck in a grey square.
 */
export const FIT_SUGGESTION_BITS = 8;

/**
 * Parses the user's "Map root" text for `family`: empty text means no budget block (ok undefined);
 * otherwise a CIDR of that family (host bits cleared, as parsePrefix does), or a message saying why not.
 */
export function parseMapRoot(text: string, family: Family): Result<Prefix | undefined> {
  if (text.trim() === "") return ok(undefined);
  const parsed = parsePrefix(text);
  if (!parsed.ok) return fail(parsed.error);
  const { prefix } = parsed.value;
  if (prefix.family !== family)
    return fail(`"${text.trim()}" is not an ${familyLabel(family)} CIDR`);
  return ok(prefix);
}

/**
 * The root block of a family's map: `budget` when given (of the family), else the smallest block
 * containing every range (commonSupernet). Undefined when there is neither.
 */
export function rootOf(items: readonly RangeItem[], budget?: Prefix): Prefix | undefined {
  return budget ?? commonSupernet(items.map((i) => i.prefix));
}

/** Ranges with no address in `root`: the map cannot draw them, so it lists them instead. */
export function outsideRoot(items: readonly RangeItem[], root: Prefix): RangeItem[] {
  return items.filter((i) => !overlaps(i.prefix, root));
}

/**
 * The design's largest range when the smallest block containing every range is at least
 * FIT_SUGGESTION_BITS bits larger than it (so that range would be a small patch of the map);
 * undefined otherwise, or when there are no ranges. Ties go to the first range of the design.
 */
export function fitSuggestion(items: readonly RangeItem[]): Prefix | undefined {
  const all = commonSupernet(items.map((i) => i.prefix));
  const largest = items.reduce<RangeItem | undefined>(
    (best, i) => (!best || i.prefix.length < best.prefix.length ? i : best),
    undefined,
  );
  if (!all || !largest) return undefined;
  if (largest.prefix.length - all.length < FIT_SUGGESTION_BITS) return undefined;
  return contains(all, largest.prefix) ? largest.prefix : undefined;
}
