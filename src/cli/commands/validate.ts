import { analyseDesign } from "../../core/analysis/analyseDesign.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import { formatHumanReport } from "../humanReport.ts";
import type { CliIo } from "../io.ts";
import { buildJsonReport } from "../jsonReport.ts";
import { loadDesign } from "../loadDesign.ts";
import type { Invocation } from "../parseCli.ts";

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
  const { findings, capacity } = analyseDesign(design);
  if (!capacity) {
    io.err(
      "k8s-subnet-designer validate: internal error: the capacity model failed on this design\n",
    );
    return EXIT_USAGE;
  }
  io.out(
    inv.json
      ? `${JSON.stringify(buildJsonReport(design, findings, capacity))}\n`
      : formatHumanReport(design, findings, capacity),
  );
  return findings.some((f) => f.severity === "error") ? EXIT_FINDING_ERRORS : EXIT_OK;
}
