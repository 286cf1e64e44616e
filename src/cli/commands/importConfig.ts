import { serializeDesign } from "../../core/codec/designFile.ts";
import { importConfig } from "../../importers/importConfig.ts";
import { findingLine } from "../../importers/importFindings.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import { errorText, inputName, type CliIo } from "../io.ts";
import type { Invocation } from "../parseCli.ts";

const PREFIX = "k8s-subnet-designer import";

/**
 * `import FILE`: reads Cilium Helm values, a kubeadm config, component flags or a k3s/RKE2
 * config.yaml ("-" for stdin; the format is detected unless `--format` names it), prints the
 * design file JSON on stdout and every message about the input on stderr. Exit 2 when the file
 * cannot be read or holds nothing usable; exit 1 (the design still written) when a component the
 * config configures refuses it, each refusal on stderr quoting that component.
 */
export async function runImport(
  inv: Extract<Invocation, { kind: "import" }>,
  io: CliIo,
): Promise<number> {
  const name = inputName(inv.file);
  let text: string;
  try {
    text = await io.readText(inv.file);
  } catch (error) {
    io.err(`${PREFIX}: cannot read ${name}: ${errorText(error)}\n`);
    return EXIT_USAGE;
  }
  const result = importConfig(text, inv.format);
  if (!result.design) {
    const why = result.messages.length > 0 ? result.messages : ["nothing usable was found"];
    io.err(`${PREFIX}: ${name}: ${why.join("; ")}\n`);
    return EXIT_USAGE;
  }
  io.err(`${PREFIX}: read ${name} as ${result.format}\n`);
  for (const finding of result.findings) io.err(`${finding.severity}: ${findingLine(finding)}\n`);
  for (const message of result.messages) io.err(`note: ${message}\n`);
  io.out(serializeDesign(result.design));
  // The design is written either way; a config its own component refuses exits 1.
  return result.findings.some((f) => f.severity === "error") ? EXIT_FINDING_ERRORS : EXIT_OK;
}
