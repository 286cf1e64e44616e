import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import { serializeDesign } from "../../core/codec/designFile.ts";
import { applyFix } from "../../core/design/applyFix.ts";
import type { Design } from "../../core/design/schema.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { findingsWithFixes } from "../../core/solve/fixes/withFixes.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import { formatHumanReport } from "../humanReport.ts";
import type { CliIo } from "../io.ts";
import { buildJsonReport } from "../jsonReport.ts";
import { loadDesign } from "../loadDesign.ts";
import type { Invocation } from "../parseCli.ts";

/**
 * `--apply-fix N[.K]`: prints the design with finding N's fix K applied (through core's design
 * edits); exit 0 when the result has no error, 1 when it still has one (it is printed all the
 * same), 2 when there is no such finding or fix.
 */
function printFixed(
  design: Design,
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
  const edit = applyFix(design, fix);
  if (!edit.ok) {
    say(`--apply-fix ${which.finding}: ${edit.error}`);
    return EXIT_USAGE;
  }
  io.err(`applied: ${fix.summary}\n`);
  if (edit.value.note) io.err(`note: ${edit.value.note}\n`);
  io.out(serializeDesign(edit.value.design));
  const errors = analyseDesign(edit.value.design).findings.filter((f) => f.severity === "error");
  if (errors.length > 0)
    io.err(
      `${errors.length} ${errors.length === 1 ? "error remains" : "errors remain"}; run validate on the result\n`,
    );
  return errors.length > 0 ? EXIT_FINDING_ERRORS : EXIT_OK;
}

/**
 * `validate`: runs every rule and the capacity model over the design (file + flags) and prints
 * the report, human-readable or `--json`. Exit 1 when any finding is an error, 2 on unusable input.
 */
export async function runValidate(
  inv: Extract<Invocation, { kind: "validate" }>,
  io: CliIo,
): Promise<number> {
  const loaded = await loadDesign(io, inv.file, inv.flags);
  if (!loaded.ok) {
    io.err(`k8s-subnet-designer validate: ${loaded.error}\n`);
    return EXIT_USAGE;
  }
  const { design, notes } = loaded.value;
  for (const note of notes) io.err(`note: ${note}\n`);
  const { capacity } = analyseDesign(design);
  const findings = findingsWithFixes(design);
  if (!capacity) {
    io.err(
      "k8s-subnet-designer validate: internal error: the capacity model failed on this design\n",
    );
    return EXIT_USAGE;
  }
  if (inv.applyFix) return printFixed(design, findings, inv.applyFix, io);
  io.out(
    inv.json
      ? `${JSON.stringify(buildJsonReport(design, findings, capacity))}\n`
      : formatHumanReport(design, findings, capacity),
  );
  return findings.some((f) => f.severity === "error") ? EXIT_FINDING_ERRORS : EXIT_OK;
}
