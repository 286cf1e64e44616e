import { analyse } from "../analysis/analyseDesign.ts";
import type { Design, FamilyPlan } from "../design/schema.ts";
import { bitsOf, type Family } from "../ip/family.ts";
import { formatPrefix, prefixAt } from "../ip/prefix.ts";

/**
 * Where trial blocks sit while the solver sizes them: a private block of each family (RFC 1918
 * 10.0.0.0/8, ULA fd00::/8) for the block being sized, and another (172.16.0.0/12, fc00::/8
 * outside the special table) for the rest, so only the sized block's own size can raise findings.
 */
const TRIAL_BASE: Record<Family, { sized: bigint; other: bigint; shortest: number }> = {
  ipv4: { sized: 0x0a000000n, other: 0xac100000n, shortest: 8 },
  ipv6: { sized: 0xfdn << 120n, other: 0xfcn << 120n, shortest: 8 },
};

/** The shortest prefix the solver sizes a block to: a /8 (the largest private block). */
export function shortestTrialLength(family: Family): number {
  return TRIAL_BASE[family].shortest;
}

/** CIDR text of a /`length` trial block: `sized` inside the sized base, else at `slot` of the other base. */
export function trialCidr(family: Family, length: number, where: "sized" | number): string {
  const base = TRIAL_BASE[family];
  if (where === "sized") return formatPrefix(prefixAt(family, base.sized, length));
  const step = 1n << BigInt(bitsOf(family) - 16);
  return formatPrefix(prefixAt(family, base.other + BigInt(where) * step, length));
}

/** A trial design: `base` with the family's plan patched (other families unchanged). */
export function trialDesign(base: Design, family: Family, patch: Partial<FamilyPlan>): Design {
  const plan = base[family];
  if (!plan) return base;
  return { ...base, [family]: { ...plan, ...patch } };
}

/**
 * True when the trial design raises no error or warning on any of `fields`: the rules (which own
 * every refusal and capacity fact) accept the block's size. Not memoised: trials are thrown away.
 */
export function acceptedAt(trial: Design, fields: readonly string[]): boolean {
  return !analyse(trial).findings.some(
    (f) => f.severity !== "info" && f.fields.some((field) => fields.includes(field)),
  );
}
