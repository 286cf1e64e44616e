import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import type { Capacity } from "../../core/capacity/types.ts";
import { serializePlan } from "../../core/codec/planFile.ts";
import { replaceCluster } from "../../core/plan/clusterEdits.ts";
import type { Plan } from "../../core/plan/plan.ts";
import { planFindings } from "../../core/plan/planFindings.ts";
import { applyFix } from "../../core/design/applyFix.ts";
import type { Design } from "../../core/design/schema.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { findingsWithFixes } from "../../core/solve/fixes/withFixes.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import { formatHumanReport } from "../humanReport.ts";
import type { CliIo } from "../io.ts";
import { buildJsonReport } from "../jsonReport.ts";
import { loadPlan } from "../loadDesign.ts";
import type { Invocation } from "../parseCli.ts";

/**
 * `--apply-fix N[.K]`: prints the design (a plan file when the plan has several clusters) with
 * finding N's fix K applied (through core's design edits); exit 0 when the result has no error,
 * 1 when it still has one (it is printed all the same), 2 when there is no such finding or fix.
 */
function printFixed(
  loaded: { plan: Plan; index: number },
  findings: readonly Finding[],
  which: { finding: number; fix: number },
  io: CliIo,
): number {
  const say = (text: string) => io.err(`k8s-subnet-designer validate: ${text}\n`);
  const finding = findings[which.finding - 1];
  if (!finding) {
    say(
      `--apply-fix ${which.finding}: the design has ${findings.length} finding${findings.length === 1 ? "" : "s"}`,
    );
    return EXIT_USAGE;
  }
  const fix = finding.fixes?.[which.fix - 1];
  if (!fix) {
    const count = finding.fixes?.length ?? 0;
    say(
      count === 0
        ? `--apply-fix ${which.finding}: finding ${which.finding} [${finding.rule}] has no fix to apply`
        : `--apply-fix ${which.finding}.${which.fix}: finding ${which.finding} [${finding.rule}] has ${count} fix${count === 1 ? "" : "es"}`,
    );
    return EXIT_USAGE;
  }
  const edit = applyFix(loaded.plan.clusters[loaded.index]!, fix);
  const placed = edit.ok ? replaceCluster(loaded.plan, loaded.index, edit.value.design) : edit;
  if (!edit.ok || !placed.ok) {
    say(`--apply-fix ${which.finding}: ${edit.ok ? (placed.ok ? "" : placed.error) : edit.error}`);
    return EXIT_USAGE;
  }
  io.err(`applied: ${fix.summary}\n`);
  if (edit.value.note) io.err(`note: ${edit.value.note}\n`);
  const plan = placed.value.plan;
  io.out(serializePlan(plan));
  const errors = findingsOf(plan, loaded.index).filter((f) => f.severity === "error");
  if (errors.length > 0)
    io.err(
      `${errors.length} ${errors.length === 1 ? "error remains" : "errors remain"}; run validate on the result\n`,
    );
  return errors.length > 0 ? EXIT_FINDING_ERRORS : EXIT_OK;
}

/** Cluster `index`'s findings with fixes, then what clashes with the plan's other clusters. */
function findingsOf(plan: Plan, index: number): Finding[] {
  const own = findingsWithFixes(plan.clusters[index]!);
  return [...own, ...planFindings(plan).filter((f) => f.cluster === index)];
}

/**
 * `validate`: runs every rule and the capacity model over the design (file + flags) and prints
 * the report, human-readable or `--json`; for a plan file of several clusters (without
 * `--cluster`) one report per cluster, each with the plan's findings about it. Exit 1 when any
 * finding is an error, 2 on unusable input.
 */
export async function runValidate(
  inv: Extract<Invocation, { kind: "validate" }>,
  io: CliIo,
): Promise<number> {
  const say = (text: string) => io.err(`k8s-subnet-designer validate: ${text}\n`);
  const loaded = await loadPlan(io, inv.file, inv.flags, inv.cluster);
  if (!loaded.ok) {
    say(loaded.error);
    return EXIT_USAGE;
  }
  const { plan, index, notes } = loaded.value;
  for (const note of notes) io.err(`note: ${note}\n`);
  if (index === undefined && inv.applyFix) {
    say("--apply-fix needs --cluster NAME: the plan has several clusters");
    return EXIT_USAGE;
  }
  const picked = index === undefined ? plan.clusters.map((_, i) => i) : [index];
  const reports: { design: Design; findings: Finding[]; capacity: Capacity }[] = [];
  for (const i of picked) {
    const design = plan.clusters[i]!;
    const { capacity } = analyseDesign(design);
    if (!capacity) {
      say("internal error: the capacity model failed on this design");
      return EXIT_USAGE;
    }
    reports.push({ design, findings: findingsOf(plan, i), capacity });
  }
  if (inv.applyFix && index !== undefined) {
    return printFixed({ plan, index }, reports[0]!.findings, inv.applyFix, io);
  }
  const one = (r: (typeof reports)[number]) =>
    inv.json
      ? buildJsonReport(r.design, r.findings, r.capacity)
      : formatHumanReport(r.design, r.findings, r.capacity);
  if (reports.length === 1) {
    const r = one(reports[0]!);
    io.out(typeof r === "string" ? r : `${JSON.stringify(r)}\n`);
  } else if (inv.json) {
    const clusters = reports.map((r) => ({ cluster: r.design.name, ...(one(r) as object) }));
    io.out(`${JSON.stringify({ routing: plan.routing, clusters })}\n`);
  } else {
    const n = reports.length;
    const parts = reports.map(
      (r, i) => `Cluster "${r.design.name}" (${i + 1} of ${n})\n\n${String(one(r))}`,
    );
    io.out(
      `Plan of ${n} clusters (${plan.routing === "isolated" ? "never routing to each other" : "routing to each other"})\n\n${parts.join("\n")}`,
    );
  }
  return reports.some((r) => r.findings.some((f) => f.severity === "error"))
    ? EXIT_FINDING_ERRORS
    : EXIT_OK;
}
