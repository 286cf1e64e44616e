import { familyLabel, type Family } from "../core/ip/family.ts";
import { formatPrefix, parsePrefix } from "../core/ip/prefix.ts";
import { formatRange, parseAddressRange } from "../core/ip/range.ts";
import { fail, ok, type Result } from "../core/result.ts";

/** A value ready to store, with a note for the user when it differs from what they typed. */
export interface Normalised {
  text: string;
  note?: string;
}

/**
 * Parses CIDR text at the edge and returns its canonical form (RFC 5952 for IPv6). Host bits set
 * are cleared and said so; `why` names who does the same (e.g. "as kube-controller-manager does").
 */
export function normaliseCidr(text: string, family?: Family, why?: string): Result<Normalised> {
  const parsed = parsePrefix(text);
  if (!parsed.ok) return fail(parsed.error);
  const { prefix, hostBitsSet } = parsed.value;
  if (family && prefix.family !== family) {
    return fail(`"${text.trim()}" is not an ${familyLabel(family)} CIDR`);
  }
  const canonical = formatPrefix(prefix);
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
  const range = parseAddressRange(text);
  return range.ok ? ok({ text: formatRange(range.value) }) : fail(range.error);
}
