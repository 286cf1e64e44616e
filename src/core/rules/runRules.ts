import type { Design } from "../design/schema.ts";
import { buildContext } from "./buildContext.ts";
import type { Finding, Severity } from "./finding.ts";
import { RULES } from "./registry.ts";
import { tryCapacity } from "./tryCapacity.ts";

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Runs every registered rule over the design and returns the findings: errors first, then
 * warnings, then info; within a severity in registry order, then in the order the rule found
 * them. Deterministic for a given design.
 */
export function runRules(design: Design): Finding[] {
  const ctx = buildContext(design, tryCapacity(design));
  const found = RULES.flatMap((rule, ruleIndex) =>
    rule.check(ctx).map((finding, i) => ({ finding, ruleIndex, i })),
  );
  found.sort(
    (a, b) =>
      ORDER[a.finding.severity] - ORDER[b.finding.severity] ||
      a.ruleIndex - b.ruleIndex ||
      a.i - b.i,
  );
  return found.map((f) => f.finding);
}
