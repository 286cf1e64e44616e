import type { Design } from "../core/design/schema.ts";

/** One file an export target writes. */
export interface ExportFile {
  filename: string;
  /** The file's text, built with a YAML/JSON library (never by concatenating YAML). */
  text: string;
  /** Syntax for highlighting: "yaml", "json", "shell" or "hcl" (Terraform). */
  language: "yaml" | "json" | "shell" | "hcl";
}

/** An export target: a pure function of the design, and when it applies. */
export interface ExportTarget {
  /** Stable id used by the CLI's --target, e.g. "cilium-values". */
  id: string;
  label: string;
  /** What the target is and which upstream version its format follows. */
  description: string;
  /** True when the target makes sense for the design's CNI / IPAM mode. */
  appliesTo: (design: Design) => boolean;
  /** Builds the files. May include notes as YAML comments where the format allows. */
  render: (design: Design) => ExportFile[];
  /**
   * The tool that reads these files and the rule ids whose findings are that tool's own refusals
   * (kubeadm's validation errors for the kubeadm and kind targets): with one of them present, the
   * export is marked refused (see exporters/refusals.ts), whatever the finding's severity.
   */
  refusedBy?: {
    tool: string;
    rules: readonly string[];
    /** Only the rules' errors are refusals (their warnings advise, the tool still takes the file). */
    errorsOnly?: boolean;
    /** Only findings whose message quotes this text count (a rule that also reports other things). */
    quoting?: string;
  };
}
