import { analyse, analyseDesign } from "../../analysis/analyseDesign.ts";
import { applyFix } from "../../design/applyFix.ts";
import type { Design } from "../../design/schema.ts";
import type { Finding, Fix } from "../../rules/finding.ts";
import { describeFix } from "./describeFix.ts";
import { fixCandidates } from "./fixCandidates.ts";

/** Fixes offered per finding, at most. */
export const MAX_FIXES = 3;
/** Trial analyses per design, at most. */
export const MAX_FIX_TRIALS = 40;
/**
 * Trial work per design, at most, in analysed ranges (each trial re-analyses the whole design, in
 * time about linear in its ranges): every trial for designs of up to 50 ranges, fewer for larger
 * ones (10 at 200 ranges, 1 at 2,000), so fixes never make an edit slow and a large design still
 * gets fixes for its first findings (errors come first).
 */
export const MAX_FIX_WORK = 2_000;

/** Trial analyses a design of `ranges` address ranges may spend on fixes. */
export function fixTrialsFor(ranges: number): number {
  return Math.min(MAX_FIX_TRIALS, Math.floor(MAX_FIX_WORK / Math.max(1, ranges)));
}

/** A finding's identity across designs: rule, severity and first field (messages quote numbers). */
const keyOf = (f: Finding): string => `${f.rule}|${f.severity}|${f.fields[0] ?? ""}`;

/**
 * The design's findings with `fixes`: for each error and warning (errors first), the candidates
 * of `fixCandidates`, each applied with `applyFix` and kept only when the resulting design no
 * longer has the finding (same rule, severity and first field) and has no error the design did
 * not have; those adding the fewest warnings come first, at most MAX_FIXES. Bounded: at most
 * `fixTrialsFor(ranges)` trial analyses (MAX_FIX_TRIALS, fewer for large designs).
 * Deterministic; pure.
 */
export function withFixes(design: Design, findings: readonly Finding[]): Finding[] {
  const analysis = analyseDesign(design);
  const ctx = analysis.context;
  const budget = fixTrialsFor(ctx.ranges.length);
  const before = new Set(findings.map(keyOf));
  const warningsBefore = findings.filter((f) => f.severity === "warning").length;
  let trials = 0;
  const memo = new Map<string, unknown>();
  return findings.map((finding) => {
    if (finding.severity === "info" || trials >= budget) return finding;
    const kept: { fix: Fix; warnings: number; order: number }[] = [];
    const seen = new Set<string>();
    for (const [order, candidate] of fixCandidates(design, ctx, finding, memo).entries()) {
      const id = JSON.stringify(candidate.changes);
      if (seen.has(id) || trials >= budget) continue;
      seen.add(id);
      const edit = applyFix(design, { summary: "", changes: candidate.changes });
      if (!edit.ok) continue;
      trials += 1;
      const after = analyse(edit.value.design);
      const keys = after.findings.map(keyOf);
      if (keys.includes(keyOf(finding))) continue;
      if (after.findings.some((f) => f.severity === "error" && !before.has(keyOf(f)))) continue;
      const warnings = after.findings.filter((f) => f.severity === "warning").length;
      kept.push({
        fix: { summary: describeFix(candidate, after), changes: candidate.changes },
        warnings: warnings - warningsBefore,
        order,
      });
    }
    if (kept.length === 0) return finding;
    kept.sort((a, b) => a.warnings - b.warnings || a.order - b.order);
    return { ...finding, fixes: kept.slice(0, MAX_FIXES).map((k) => k.fix) };
  });
}

const cache = new WeakMap<Design, Finding[]>();

/** The design's findings with their fixes (see `withFixes`), memoised by the design object. */
export function findingsWithFixes(design: Design): Finding[] {
  const hit = cache.get(design);
  if (hit) return hit;
  const out = withFixes(design, analyseDesign(design).findings);
  cache.set(design, out);
  return out;
}
