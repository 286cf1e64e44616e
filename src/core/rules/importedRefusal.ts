import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * What the imported file's own components refuse or do differently (the import's findings, kept
 * on the design by ADR 0120), so `validate` of a design file written by `import` reports them.
 * They go at the user's first edit.
 */
export const importedRefusal: Rule = {
  id: "imported-refusal",
  title: "The imported file: what its own components refuse",
  source: "the imported file (import findings, ADR 0120)",
  check(ctx) {
    const imported = ctx.design.imported;
    if (!imported) return [];
    return imported.refusals.map((r): Finding => ({
      rule: this.id,
      severity: r.severity,
      fields: [],
      message: `The imported ${imported.format} file: ${r.severity === "error" ? "refused" : "warning"} by ${r.component} (${r.key})${r.quoted === undefined ? "" : `: "${r.quoted}"`}.`,
      fix: r.message,
      source: r.component,
    }));
  },
};
