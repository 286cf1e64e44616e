import { describeCni } from "../cni/describeCni.ts";
import { HOST_BITS_CLEARED_BY } from "../cni/hostBitsClearedBy.ts";
import { defaultFamilyPlan } from "./defaults.ts";
import { familyPlan, patchFamilyPlan, withNote, type Edit } from "./edit.ts";
import { usedPrefixes } from "./freeSpace.ts";
import { normaliseCidr } from "./normaliseCidr.ts";
import type { Design } from "./schema.ts";
import { bitsOf, type Family } from "../ip/family.ts";
import { formatPrefix, overlaps, prefixAt, prefixOf, prefixSize } from "../ip/prefix.ts";
import { fail, ok, type Result } from "../result.ts";

/** Sets one pod range, clearing host bits as the allocator of the chosen mode does. */
export function setPodCidr(d: Design, family: Family, index: number, text: string): Result<Edit> {
  const plan = familyPlan(d, family);
  if (!plan.ok) return plan;
  if (index < 0 || index >= plan.value.podCidrs.length) return fail(`no pod range #${index + 1}`);
  const cidr = normaliseCidr(text, family, HOST_BITS_CLEARED_BY[describeCni(d.cni).nodeRanges]);
  if (!cidr.ok) return cidr;
  const podCidrs = plan.value.podCidrs.map((c, i) => (i === index ? cidr.value.text : c));
  const next = patchFamilyPlan(d, family, { podCidrs });
  return next.ok ? ok(withNote(next.value, cidr.value.note)) : next;
}

/**
 * Replaces a family's pod ranges with CIDR texts as given (the CLI's `--pod-cidr`: typed text is
 * kept, host bits included, so the rules can report what the controller manager would do).
 */
export function setPodCidrs(d: Design, family: Family, cidrs: readonly string[]): Result<Edit> {
  if (cidrs.length === 0) return fail("a family needs at least one pod range");
  const next = patchFamilyPlan(d, family, { podCidrs: [...cidrs] });
  return next.ok ? ok({ design: next.value }) : next;
}

/** Appends a pod range: the block after the last one, same size, if free; refused beyond the mode's limit. */
export function addPodCidr(d: Design, family: Family): Result<Edit> {
  const plan = familyPlan(d, family);
  if (!plan.ok) return plan;
  const cni = describeCni(d.cni);
  const max = Math.max(cni.maxPodCidrsPerFamily, 1);
  if (plan.value.podCidrs.length >= max) {
    return fail(`${cni.label} takes at most ${max} pod range(s) per family`);
  }
  const last =
    prefixOf(plan.value.podCidrs.at(-1) ?? "") ??
    prefixOf(defaultFamilyPlan(family).podCidrs[0] ?? "");
  if (!last) return fail("no pod range to follow");
  const used = usedPrefixes(d);
  let candidate = last;
  for (let i = 0; i < 64; i += 1) {
    const next = candidate.network + prefixSize(candidate);
    if (next >= 1n << BigInt(bitsOf(family))) break;
    candidate = prefixAt(family, next, candidate.length);
    if (!used.some((u) => overlaps(u, candidate))) {
      return setPodCidrs(d, family, [...plan.value.podCidrs, formatPrefix(candidate)]);
    }
  }
  return fail("no free block of the same size follows the last pod range");
}

/** Removes a pod range; the last one stays (every active family needs one). */
export function removePodCidr(d: Design, family: Family, index: number): Result<Edit> {
  const plan = familyPlan(d, family);
  if (!plan.ok) return plan;
  if (plan.value.podCidrs.length <= 1) return fail("a family needs at least one pod range");
  return setPodCidrs(
    d,
    family,
    plan.value.podCidrs.filter((_, i) => i !== index),
  );
}
