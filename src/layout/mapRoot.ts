import { familyLabel, type Family } from "../core/ip/family.ts";
import { commonSupernet, parsePrefix, type Prefix } from "../core/ip/prefix.ts";
import { prefixRange, rangesOverlap } from "../core/ip/range.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { itemCover, itemRange, type RangeItem } from "./rangeItems.ts";

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
  return budget ?? commonSupernet(items.map(itemCover));
}

/** Ranges with no address in `root`: the map cannot draw them, so it lists them instead. */
export function outsideRoot(items: readonly RangeItem[], root: Prefix): RangeItem[] {
  const shown = prefixRange(root);
  return items.filter((i) => !rangesOverlap(itemRange(i), shown));
}
