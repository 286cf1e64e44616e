import type { Finding, Severity } from "./finding.ts";
import { holdBackPlaceholders } from "./placeholderFindings.ts";
import { RULES } from "./registry.ts";
import type { Rule, RuleContext } from "./rule.ts";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every registered rule over a prepared context and returns the findings: errors first,
 * then warnings, then info; within a severity in registry order, then in the order the rule
 * found them. Deterministic for a given design. Findings resting on an imported design's
 * placeholders are held back to `info` (ADR 0120).
 */
export function checkRules(ctx: RuleContext): Finding[] {
  return ordered(RULES, ctx);
}

/**
 * The findings of the rule `id` alone over a prepared context: exactly what `checkRules` lists
 * of that rule, in the same order (every rule's findings carry its own id), for a trial that
 * only asks whether one rule still speaks; none for an unknown id.
 */
export function checkRule(ctx: RuleContext, id: string): Finding[] {
  return ordered(
    RULES.filter((rule) => rule.id === id),
    ctx,
  );
}

/** The findings of `rules` over `ctx`: errors first, then by rule, then as found. */
function ordered(rules: readonly Rule[], ctx: RuleContext): Finding[] {
  const found = rules.flatMap((rule, ruleIndex) =>
    holdBackPlaceholders(rule.check(ctx), ctx.design.imported).map((finding, i) => ({
      finding,
      ruleIndex,
      i,
    })),
  );
  found.sort(
    (a, b) =>
      ORDER[a.finding.severity] - ORDER[b.finding.severity] ||
      a.ruleIndex - b.ruleIndex ||
      a.i - b.i,
  );
  return found.map((f) => f.finding);
}
