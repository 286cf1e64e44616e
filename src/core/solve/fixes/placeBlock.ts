import type { Design } from "../../design/schema.ts";
import type { RoleRange } from "../../rules/rule.ts";
import type { Family } from "../../ip/family.ts";
import { contains, prefixAt, prefixOf, type Prefix } from "../../ip/prefix.ts";
import { PRIVATE_RANGES } from "../../ip/special.ts";
import { firstFreeIn, nextFreeBlock } from "../freeBlocks.ts";
import { avoidSetFor } from "../rangesToAvoid.ts";

/** The budgets a moved range is placed in: the private block holding it first, then the others. */
export function homeBudgets(family: Family, near: Prefix | undefined): Prefix[] {
  const all = PRIVATE_RANGES[family].flatMap((t) => prefixOf(t) ?? []);
  const home = near ? all.filter((b) => contains(b, near)) : [];
  return [...home, ...all.filter((b) => !home.includes(b))];
}

/**
 * Where a /`length` block for the design field `field` can go: grown in place (the /`length`
 * around `near`) when that overlaps no other range of the design and no special-purpose range,
 * else the first free aligned /`length` in the private blocks (the one holding `near` first).
 * Undefined when no private block has room. `ranges` are the design's role ranges.
 */
export function placeBlock(
  design: Design,
  ranges: readonly RoleRange[],
  field: string,
  family: Family,
  length: number,
  near: Prefix | undefined,
  options: { inPlace: boolean },
): { prefix: Prefix; inPlace: boolean } | undefined {
  const others = ranges.filter((r) => r.field !== field && r.family === family).map((r) => r.range);
  const avoid = avoidSetFor(design.cni, family, others);
  if (near && options.inPlace && length <= near.length) {
    const grown = prefixAt(family, near.network, length);
    if (firstFreeIn(grown, avoid, length)) return { prefix: grown, inPlace: true };
  }
  const found = nextFreeBlock(homeBudgets(family, near), avoid, length);
  return found && { prefix: found, inPlace: false };
}
