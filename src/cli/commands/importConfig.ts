import { parseDesignFile, serializeDesign } from "../../core/codec/designFile.ts";
import type { Design } from "../../core/design/schema.ts";
import { importConfig } from "../../importers/importConfig.ts";
import { findingLine } from "../../importers/importFindings.ts";
import {
  CURRENT_DESIGN,
  mergeImports,
  type MergeConflict,
  type NamedDesign,
} from "../../importers/mergeImports.ts";
import { nameImport } from "../../importers/provenance.ts";
import type { ImportFinding } from "../../importers/types.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import { errorText, inputName, type CliIo } from "../io.ts";
import type { Invocation } from "../parseCli.ts";

const PREFIX = "k8s-subnet-designer import";

type ImportInvocation = Extract<Invocation, { kind: "import" }>;

/** Reads one config file; its design, or undefined after saying why on stderr. */
async function readOne(
  file: string,
  inv: ImportInvocation,
  io: CliIo,
  several: boolean,
  findings: ImportFinding[],
): Promise<NamedDesign | undefined> {
  const name = inputName(file);
  let text: string;
  try {
    text = await io.readText(file);
  } catch (error) {
    io.err(`${PREFIX}: cannot read ${name}: ${errorText(error)}\n`);
    return undefined;
  }
  const result = importConfig(text, inv.format);
  if (!result.design) {
    const why = result.messages.length > 0 ? result.messages : ["nothing usable was found"];
    io.err(`${PREFIX}: ${name}: ${why.join("; ")}\n`);
    return undefined;
  }
  io.err(`${PREFIX}: read ${name} as ${result.format}\n`);
  const about = several ? `${name}: ` : "";
  for (const finding of result.findings)
    io.err(`${finding.severity}: ${about}${findingLine(finding)}\n`);
  for (const message of result.messages) io.err(`note: ${about}${message}\n`);
  for (const finding of result.findings) findings.push(finding);
  return { name, design: result.design };
}

/** The design file `--into` names, or undefined after saying why on stderr. */
async function readInto(path: string, io: CliIo): Promise<Design | undefined> {
  const name = inputName(path);
  let text: string;
  try {
    text = await io.readText(path);
  } catch (error) {
    io.err(`${PREFIX}: --into: cannot read ${name}: ${errorText(error)}\n`);
    return undefined;
  }
  const parsed = parseDesignFile(text);
  if (!parsed.ok) {
    io.err(`${PREFIX}: --into ${name}: ${parsed.error}\n`);
    return undefined;
  }
  for (const notice of parsed.value.notices) io.err(`note: ${name}: ${notice}\n`);
  return parsed.value.design;
}

/** Each conflict, quoting every value and naming its file, with the flag that settles it. */
function conflictText(conflicts: readonly MergeConflict[], shown: (from: string) => string) {
  const open = conflicts.filter((c) => c.chosen === undefined);
  const lines = open.map((c) => {
    const values = c.candidates
      .map((v) => `"${v.text}" in ${shown(v.from)}${v.key ? ` (${v.key})` : ""}`)
      .join("; ");
    return `  ${c.path} (${c.label}): ${values}\n    e.g. --choose ${c.path}=${shown(c.candidates[0]?.from ?? "")}\n`;
  });
  return `${PREFIX}: the files disagree on ${open.length} field${open.length > 1 ? "s" : ""}; nothing was picked. Choose each value with --choose FIELD=FILE:\n${lines.join("")}`;
}

/**
 * `import FILE...`: reads Cilium Helm values, a kubeadm config, component flags, a k3s/RKE2
 * config.yaml, a Talos machine config and the other formats `importConfig` knows ("-" for
 * stdin; each format detected unless `--format` names it) and prints the design file JSON on
 * stdout, every message about the input on stderr. Several files, or `--into design.json`, are
 * merged (ADR 0130): a field two sources declare differently stops the import (exit 2) until
 * `--choose FIELD=FILE` settles it. Exit 2 when a file cannot be read or holds nothing usable;
 * exit 1 (the design still written) when a component a config configures refuses it.
 */
export async function runImport(inv: ImportInvocation, io: CliIo): Promise<number> {
  const several = inv.files.length > 1 || inv.into !== undefined;
  const findings: ImportFinding[] = [];
  const named: NamedDesign[] = [];
  for (const file of inv.files) {
    const one = await readOne(file, inv, io, several, findings);
    if (!one) return EXIT_USAGE;
    named.push(one);
  }
  let design: Design;
  if (!several && named[0]) {
    design = nameImport(named[0].design, named[0].name);
  } else {
    const into = inv.into === undefined ? undefined : await readInto(inv.into, io);
    if (inv.into !== undefined && !into) return EXIT_USAGE;
    const intoName = inv.into === undefined ? CURRENT_DESIGN : inputName(inv.into);
    const shown = (from: string) => (from === CURRENT_DESIGN ? intoName : from);
    const choices = Object.fromEntries(
      Object.entries(inv.choices).map(([path, from]) => [
        path,
        inv.into !== undefined && from === intoName ? CURRENT_DESIGN : from,
      ]),
    );
    const merged = mergeImports(named, into, choices);
    for (const [path, from] of Object.entries(inv.choices)) {
      const conflict = merged.conflicts.find((c) => c.path === path);
      if (!conflict) {
        io.err(`${PREFIX}: --choose ${path}: the files do not disagree on this field\n`);
        return EXIT_USAGE;
      }
      if (conflict.chosen === undefined) {
        const names = conflict.candidates.map((c) => shown(c.from)).join(", ");
        io.err(`${PREFIX}: --choose ${path}=${from}: not one of ${names}\n`);
        return EXIT_USAGE;
      }
    }
    if (merged.conflicts.some((c) => c.chosen === undefined)) {
      io.err(conflictText(merged.conflicts, shown));
      return EXIT_USAGE;
    }
    for (const note of merged.notes) io.err(`note: ${note.replaceAll(CURRENT_DESIGN, intoName)}\n`);
    if (!merged.design) return EXIT_USAGE;
    design = merged.design;
  }
  io.out(serializeDesign(design));
  // The design is written either way; a config its own component refuses exits 1.
  return findings.some((f) => f.severity === "error") ? EXIT_FINDING_ERRORS : EXIT_OK;
}
