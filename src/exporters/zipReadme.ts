import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import { encodeLink } from "../core/codec/link.ts";
import type { Design } from "../core/design/schema.ts";
import type { ExportTarget } from "./types.ts";

/**
 * The text of the exports zip's README: the design's name, its share link (`baseUrl` is the
 * app's address without a fragment, passed in by the caller), what each export is for, and the
 * design's findings (severity, rule id, message), errors first as `analyseDesign` orders them.
 */
export function zipReadme(
  design: Design,
  targets: readonly ExportTarget[],
  baseUrl: string,
): string {
  const findings = analyseDesign(design).findings;
  const link = `${baseUrl.split("#")[0] ?? ""}#${encodeLink(design)}`;
  return [
    `Exports of the design "${design.name}" from k8s-subnet-designer.`,
    "",
    "Open the design in the app:",
    link,
    "",
    "Files:",
    ...targets.map((t) => `${t.label}: ${t.description}`),
    "",
    findings.length === 0
      ? "Findings: none."
      : `Findings (${findings.length}), as the app showed them when these files were made:`,
    ...findings.map((f) => `- ${f.severity} [${f.rule}] ${f.message}`),
    "",
  ].join("\n");
}
