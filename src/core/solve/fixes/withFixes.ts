import { analyse, analyseDesign } from "../../analysis/analyseDesign.ts";
import { applyFix } from "../../design/applyFix.ts";
import type { Design } from "../../design/schema.ts";
import type { Finding, Fix } from "../../rules/finding.ts";
import { describeFix } from "./describeFix.ts";
import { fixCandidates } from "./fixCandidates.ts";

/** Fixes offered per finding, at most. */
export const MAX_FIXES = 3;
/** Trial analyses per design, at most: fixes never make an edit slow. */
export const MAX_FIX_TRIALS = 40;
/** Above this many address ranges a design gets no computed fixes (each trial re-analyses it). */
export const MAX_RANGES_FOR_FIXES = 40;

/** A finding's identity across designs: rule, severity and first field (messages quote numbers). */
const keyOf = (f: Finding): string => `${f.rule}|${f.severity}|${f.fields[0] ?? ""}`;

/**
 * The design's findings with `fixes`: for each error and warning (errors first), the candidates
 * of `fixCandidates`, each applied with `applyFix` and kept only when the resulting design no
 * longer has the finding (same rule, severity and first field) and has no error the design did
 * not have; those adding the fewest warnings come first, at most MAX_FIXES. Bounded: at most
 * MAX_FIX_TRIALS trial analyses, none for designs of more than MAX_RANGES_FOR_FIXES ranges.
 * Deterministic; pure.
 */
export function withFixes(design: Design, findings: readonly Finding[]): Finding[] {
  const analysis = analyseDesign(design);
  const ctx = analysis.context;
  if (ctx.ranges.length > MAX_RANGES_FOR_FIXES) return [...findings];
  const before = new Set(findings.map(keyOf));
  const warningsBefore = findings.filter((f) => f.severity === "warning").length;
  let trials = 0;
  const memo = new Map<string, unknown>();
  return findings.map((finding) => {
    if (finding.severity === "info" || trials >= MAX_FIX_TRIALS) return finding;
    const kept: { fix: Fix; warnings: number; order: number }[] = [];
    const seen = new Set<string>();
    for (const [order, candidate] of fixCandidates(design, ctx, finding, memo).entries()) {
      const id = JSON.stringify(candidate.changes);
      if (seen.has(id) || trials >= MAX_FIX_TRIALS) continue;
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
