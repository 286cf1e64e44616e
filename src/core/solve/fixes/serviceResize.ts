import { analyseRule } from "../../analysis/analyseDesign.ts";
import { applyFix } from "../../design/applyFix.ts";
import type { Design } from "../../design/schema.ts";
import { bitsOf, type Family } from "../../ip/family.ts";
import { formatPrefix, prefixAt, type Prefix } from "../../ip/prefix.ts";
import type { Finding } from "../../rules/finding.ts";
import type { RoleRange } from "../../rules/rule.ts";
import { placeBlock } from "./placeBlock.ts";

/**
 * True when `finding`'s rule no longer speaks about `field` with the Service range at `cidr`.
 * Runs that one rule (`analyseRule`), not every rule: a binary search makes up to ~14 trials.
 */
function ruleQuiet(design: Design, field: string, cidr: string, finding: Finding): boolean {
  const edit = applyFix(design, { summary: "", changes: { [field]: cidr } });
  if (!edit.ok) return false;
  return !analyseRule(edit.value.design, finding.rule).some(
    (f) => f.severity !== "info" && f.fields.includes(field),
  );
}

/**
 * Binary searches over the lengths `lo..hi`, assuming the size rules are monotonic (a range too
 * large stays too large when larger; too small stays too small when smaller): O(log bits) trial
 * analyses. `smallestQuiet` finds the shortest quiet length (shrinking), `longestQuiet` the
 * longest (growing); undefined when none is quiet.
 */
function smallestQuiet(lo: number, hi: number, quiet: (l: number) => boolean) {
  let a = lo;
  let b = hi + 1;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (quiet(mid)) b = mid;
    else a = mid + 1;
  }
  return a <= hi ? a : undefined;
}

function longestQuiet(lo: number, hi: number, quiet: (l: number) => boolean) {
  let a = lo - 1;
  let b = hi;
  while (a < b) {
    const mid = (a + b + 1) >> 1;
    if (quiet(mid)) a = mid;
    else b = mid - 1;
  }
  return a >= lo ? a : undefined;
}

/**
 * Service-range sizes that can fix a finding about the range's size (not its position): the
 * largest size smaller than now that the finding's rule accepts (shrunk in place, so it overlaps
 * nothing new) and the smallest size larger than now that it accepts (grown in place where
 * free, else the next free block of that size). Each is checked again by `withFixes`.
 */
export function serviceResizes(
  design: Design,
  ranges: readonly RoleRange[],
  family: Family,
  current: Prefix,
  finding: Finding,
): { cidr: string; inPlace: boolean }[] {
  const field = `${family}.serviceCidr`;
  const bits = bitsOf(family);
  const at = (length: number) => formatPrefix(prefixAt(family, current.network, length));
  const quiet = (length: number) => ruleQuiet(design, field, at(length), finding);
  const out: { cidr: string; inPlace: boolean }[] = [];
  const smaller = smallestQuiet(current.length + 1, bits, quiet);
  if (smaller !== undefined) out.push({ cidr: at(smaller), inPlace: true });
  const larger = longestQuiet(Math.max(8, bits - 64), current.length - 1, quiet);
  if (larger !== undefined) {
    const placed = placeBlock(design, ranges, field, family, larger, current, { inPlace: true });
    if (placed) out.push({ cidr: formatPrefix(placed.prefix), inPlace: placed.inPlace });
  }
  return out;
}
