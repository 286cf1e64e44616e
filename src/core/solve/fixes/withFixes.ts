import { analyse, analyseDesign, type Analysis } from "../../analysis/analyseDesign.ts";
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

/** What a trial analysis tells every finding that tries the same change. */
interface Trial {
  analysis: Analysis;
  /** The keys (`keyOf`) of its findings. */
  keys: Set<string>;
  /** True when it has an error whose key the design had not. */
  newError: boolean;
  warnings: number;
}

function trialOf(analysis: Analysis, before: ReadonlySet<string>): Trial {
  const found = analysis.findings;
  return {
    analysis,
    keys: new Set(found.map(keyOf)),
    newError: found.some((f) => f.severity === "error" && !before.has(keyOf(f))),
    warnings: found.filter((f) => f.severity === "warning").length,
  };
}

/**
 * The design's findings with `fixes`: for each error and warning (errors first), the candidates
 * of `fixCandidates`, each applied with `applyFix` and kept only when the resulting design no
 * longer has the finding (same rule, severity and first field) and has no error the design did
 * not have; those adding the fewest warnings come first, at most MAX_FIXES. Bounded: at most
 * `fixTrialsFor(ranges)` trials (MAX_FIX_TRIALS, fewer for large designs); a change several
 * findings try is analysed once.
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
  // The design a change makes, analysed once however many findings try it (undefined: the
  // change does not apply). Each try still counts as a trial, so the fixes offered stay the same.
  const tried = new Map<string, Trial | undefined>();
  const trial = (id: string, changes: Fix["changes"]): Trial | undefined => {
    if (!tried.has(id)) {
      const edit = applyFix(design, { summary: "", changes });
      tried.set(id, edit.ok ? trialOf(analyse(edit.value.design), before) : undefined);
    }
    return tried.get(id);
  };
  return findings.map((finding) => {
    if (finding.severity === "info" || trials >= budget) return finding;
    const kept: { fix: Fix; warnings: number; order: number }[] = [];
    const seen = new Set<string>();
    for (const [order, candidate] of fixCandidates(design, ctx, finding, memo).entries()) {
      const id = JSON.stringify(candidate.changes);
      if (seen.has(id) || trials >= budget) continue;
      seen.add(id);
      const after = trial(id, candidate.changes);
      if (!after) continue;
      trials += 1;
      if (after.keys.has(keyOf(finding))) continue;
      if (after.newError) continue;
      kept.push({
        fix: { summary: describeFix(candidate, after.analysis), changes: candidate.changes },
        warnings: after.warnings - warningsBefore,
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
