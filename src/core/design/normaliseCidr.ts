import { familyLabel, type Family } from "../ip/family.ts";
import { formatPrefix, parsePrefix, type Prefix } from "../ip/prefix.ts";
import { formatRange, parseAddressRange } from "../ip/range.ts";
import { fail, ok, type Result } from "../result.ts";

/** CIDR text in canonical form, with what the canonical form changed. */
export interface CanonicalCidr {
  prefix: Prefix;
  /** Host bits cleared (as kube-controller-manager's `netutils.ParseCIDRSloppy` does), RFC 5952 text. */
  text: string;
  /** True when the typed address had host bits set (the network differs from what was typed). */
  hostBitsSet: boolean;
}

/**
 * The project's one CIDR canonicaliser: parses CIDR text and returns its canonical text (host bits
 * cleared, IPv6 in RFC 5952 form). The codec, the design edits and the exporters all use it.
 */
export function canonicalCidr(text: string): Result<CanonicalCidr> {
  const parsed = parsePrefix(text);
  if (!parsed.ok) return parsed;
  const { prefix, hostBitsSet } = parsed.value;
  return ok({ prefix, text: formatPrefix(prefix), hostBitsSet });
}

/**
 * A LoadBalancer pool entry (a CIDR or MetalLB's `start-end`) in canonical text: a CIDR as
 * canonicalCidr gives it, a range as `first-last` without spaces.
 */
export function canonicalPoolRange(text: string): Result<{ text: string; hostBitsSet: boolean }> {
  if (!text.includes("-")) return canonicalCidr(text);
  const range = parseAddressRange(text);
  return range.ok ? ok({ text: formatRange(range.value), hostBitsSet: false }) : range;
}

/** A value ready to store, with a note for the user when it differs from what they typed. */
export interface Normalised {
  text: string;
  note?: string;
}

/**
 * Parses CIDR text at the edge and returns its canonical form (canonicalCidr). Host bits set
 * are cleared and said so; `why` names who does the same (e.g. "as kube-controller-manager does").
 * With `family`, a CIDR of the other family is refused.
 */
export function normaliseCidr(text: string, family?: Family, why?: string): Result<Normalised> {
  const parsed = canonicalCidr(text);
  if (!parsed.ok) return parsed;
  const { prefix, text: canonical, hostBitsSet } = parsed.value;
  if (family && prefix.family !== family) {
    return fail(`"${text.trim()}" is not an ${familyLabel(family)} CIDR`);
  }
  if (!hostBitsSet) return ok({ text: canonical });
  return ok({
    text: canonical,
    note: `normalised to ${canonical}${why ? `, ${why}` : " (host bits cleared)"}`,
  });
}

/** Parses a LoadBalancer pool entry (CIDR or `start-end`, MetalLB's forms) into canonical text. */
export function normalisePoolRange(text: string): Result<Normalised> {
  if (!text.includes("-")) {
    const cidr = normaliseCidr(text, undefined, "as MetalLB does");
    return cidr.ok ? cidr : fail(`invalid CIDR "${text.trim()}": ${cidr.error}`);
  }
  const range = canonicalPoolRange(text);
  return range.ok ? ok({ text: range.value.text }) : range;
}
