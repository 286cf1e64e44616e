import { basename, join } from "node:path";
import type { Design } from "../../core/design/schema.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import { planFindings } from "../../core/plan/planFindings.ts";
import { renderMarked, targetRefusals } from "../../exporters/refusals.ts";
import { EXPORT_TARGETS, targetsFor } from "../../exporters/registry.ts";
import type { ExportFile, ExportTarget } from "../../exporters/types.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import { errorText, type CliIo } from "../io.ts";
import { loadDesign } from "../loadDesign.ts";
import type { Invocation } from "../parseCli.ts";

type ExportInvocation = Extract<Invocation, { kind: "export" }>;

const PREFIX = "k8s-subnet-designer export";

/** The stderr banner for a design with errors: its exports are still written, but flagged. */
export function errorBanner(errors: readonly Finding[]): string {
  const lines = [
    `${PREFIX}: the design has ${errors.length} error${errors.length === 1 ? "" : "s"}; the exports are written, but a component will refuse them or the cluster will break:`,
    ...errors.map((f) => `  - [${f.rule}] ${f.message}`),
  ];
  return `${lines.join("\n")}\n`;
}

/** `--list-targets`: every target id, whether it applies to this design, and what it is. */
function listTargets(design: Design): string {
  const applicable = new Set(targetsFor(design).map((t) => t.id));
  const width = EXPORT_TARGETS.reduce((w, t) => Math.max(w, t.id.length), 0);
  const rows = EXPORT_TARGETS.map(
    (t) =>
      `${t.id.padEnd(width)}  ${applicable.has(t.id) ? "applies " : "n/a     "}  ${t.description}`,
  );
  return `${rows.join("\n")}\n`;
}

/**
 * The files of the chosen targets, renamed `<target>-<file>` where two targets share a name; a
 * target its tool would refuse has the refusals named at the top of its files.
 */
export function filesOf(
  targets: readonly ExportTarget[],
  design: Design,
  findings?: readonly Finding[],
): ExportFile[] {
  const rendered = targets.flatMap((t) =>
    renderMarked(t, design, findings).files.map((file) => ({ t, file })),
  );
  const uses = new Map<string, number>();
  for (const { file } of rendered) uses.set(file.filename, (uses.get(file.filename) ?? 0) + 1);
  return rendered.map(({ t, file }) =>
    (uses.get(file.filename) ?? 0) > 1 ? { ...file, filename: `${t.id}-${file.filename}` } : file,
  );
}

/** Writes the files into `dir`, creating it; each name must be a plain file name. */
async function writeFiles(io: CliIo, dir: string, files: readonly ExportFile[]): Promise<void> {
  await io.makeDir(dir);
  for (const file of files) {
    if (basename(file.filename) !== file.filename || file.filename.startsWith(".")) {
      throw new Error(`refusing to write the exporter's file name "${file.filename}"`);
    }
    const path = join(dir, file.filename);
    await io.writeText(path, file.text.endsWith("\n") ? file.text : `${file.text}\n`);
    io.err(`wrote ${path}\n`);
  }
}

/** Export text for stdout: one file as is; several, each introduced by a `# <filename>` line. */
export function stdoutText(files: readonly ExportFile[]): string {
  const text = (f: ExportFile) => (f.text.endsWith("\n") ? f.text : `${f.text}\n`);
  if (files.length === 1 && files[0]) return text(files[0]);
  return files.map((f) => `# ${f.filename}\n${text(f)}`).join("\n");
}

function chooseTargets(inv: ExportInvocation, design: Design): ExportTarget[] | string {
  if (inv.target === "all") return targetsFor(design);
  const target = EXPORT_TARGETS.find((t) => t.id === inv.target);
  const applicable = targetsFor(design).map((t) => t.id);
  if (!target) {
    return `--target: unknown target "${inv.target}"; use all or one of ${EXPORT_TARGETS.map((t) => t.id).join(", ")}`;
  }
  if (!applicable.includes(target.id)) {
    return `--target: "${target.id}" does not apply to this design (CNI ${design.cni.kind}); targets that apply: ${applicable.join(", ") || "none"}`;
  }
  return [target];
}

/**
 * `export`: renders one target for the design, or for the cluster `--cluster NAME` of a plan
 * file (stdout, or files in --out DIR) or every applicable target
 * (`--target all`, into --out DIR), or lists the targets. A design with errors is still exported,
 * under a stderr banner, with exit 1; an export its tool would refuse (`targetRefusals`) is not
 * written, exit 1, unless --force, which writes it with the refusals named in the file; unusable
 * input exits 2.
 */
export async function runExport(inv: ExportInvocation, io: CliIo): Promise<number> {
  const loaded = await loadDesign(io, inv.file, inv.flags, inv.cluster);
  if (!loaded.ok) {
    io.err(`${PREFIX}: ${loaded.error}\n`);
    return EXIT_USAGE;
  }
  const { design, notes, plan, index } = loaded.value;
  for (const note of notes) io.err(`note: ${note}\n`);
  if (inv.listTargets) {
    io.out(listTargets(design));
    return EXIT_OK;
  }
  const targets = chooseTargets(inv, design);
  if (typeof targets === "string") {
    io.err(`${PREFIX}: ${targets}\n`);
    return EXIT_USAGE;
  }
  // What clashes with the plan's other clusters counts as this cluster's finding too.
  const findings = [
    ...analyseDesign(design).findings,
    ...planFindings(plan).filter((f) => f.cluster === index),
  ];
  const refusals = targets.flatMap((t) =>
    targetRefusals(t, design, findings).map((r) => ({ target: t, r })),
  );
  if (refusals.length > 0 && !inv.force) {
    for (const { target, r } of refusals) {
      io.err(`${PREFIX}: ${r.tool} would refuse the ${target.id} export: ${r.message}\n`);
    }
    io.err(
      `${PREFIX}: nothing written; change the design, or pass --force to write the files with each refusal named at their top\n`,
    );
    return EXIT_FINDING_ERRORS;
  }
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length > 0) io.err(errorBanner(errors));
  for (const { target, r } of refusals) {
    io.err(
      `${PREFIX}: --force: writing the ${target.id} export ${r.tool} would refuse: ${r.message}\n`,
    );
  }
  const files = filesOf(targets, design, findings);
  if (inv.out === undefined) io.out(stdoutText(files));
  else {
    try {
      await writeFiles(io, inv.out, files);
    } catch (error) {
      io.err(`${PREFIX}: cannot write to ${inv.out}: ${errorText(error)}\n`);
      return EXIT_USAGE;
    }
  }
  return errors.length > 0 ? EXIT_FINDING_ERRORS : EXIT_OK;
}
