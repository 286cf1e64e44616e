import { analyse } from "../analysis/analyseDesign.ts";
import type { Design } from "../design/schema.ts";
import { bitsOf, familyLabel, type Family } from "../ip/family.ts";
import { formatPrefix, prefixOf, type Prefix } from "../ip/prefix.ts";
import type { AddressRange } from "../ip/range.ts";
import { fail, ok, type Result } from "../result.ts";
import { homeBudgets } from "./fixes/placeBlock.ts";
import { nextFreeBlock } from "./freeBlocks.ts";
import { avoidSetFor } from "./rangesToAvoid.ts";

/**
 * The next free aligned /`length` of `family` anywhere in the private address space ("next free
 * /N" for the whole map): the first such block, in the private block holding the design's first
 * range of that family first, then the other private blocks (RFC 1918; ULA fd00::/8), that shares
 * no address with any range of the design (pods, Services, node networks, pools, external ranges),
 * the special-purpose table, the platform's reserved ranges (core/solve/rangesToAvoid.ts) or
 * `others` (the other clusters' ranges in a plan of several).
 */
export function nextFreeInDesign(
  design: Design,
  family: Family,
  length: number,
  others: readonly AddressRange[] = [],
): Result<Prefix> {
  const bits = bitsOf(family);
  if (!Number.isInteger(length) || length < 8 || length > bits) {
    return fail(`a ${familyLabel(family)} block is a /8 to a /${bits}`);
  }
  const ranges = analyse(design).context.ranges.filter((r) => r.family === family);
  const near = ranges.map((r) => prefixOf(r.text)).find((p) => p !== undefined);
  const budgets = homeBudgets(family, near);
  const avoid = avoidSetFor(design.cni, family, [...ranges.map((r) => r.range), ...others]);
  const block = nextFreeBlock(budgets, avoid, length);
  if (!block) {
    return fail(
      `no /${length} is free in ${budgets.map(formatPrefix).join(", ")} outside the ranges in use`,
    );
  }
  return ok(block);
}
