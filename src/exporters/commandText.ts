import type { ExportFile } from "./types.ts";
import { shellQuote } from "./yamlText.ts";

/** One argument of a CLI command: `--name value`, or a bare `--name` switch when value is undefined. */
export interface CommandArg {
  name: string;
  value?: string;
  /** Shell text written unquoted (a "$VARIABLE" reference). */
  raw?: boolean;
}

/** A shell variable reference, written unquoted into a command (`"$CLUSTER_NAME"`). */
export function shellVar(name: string): string {
  return `"$${name}"`;
}

/** The command as one line per argument, joined with backslash continuations. */
export function commandLines(command: string, args: readonly CommandArg[]): string[] {
  const parts = args.map((a) =>
    a.value === undefined
      ? `  --${a.name}`
      : `  --${a.name} ${a.raw ? a.value : shellQuote(a.value)}`,
  );
  if (parts.length === 0) return [command];
  return [`${command} \\`, ...parts.map((p, i) => (i < parts.length - 1 ? `${p} \\` : p))];
}

/** A shell file of `#` header lines and one command. */
export function commandFile(
  filename: string,
  header: readonly string[],
  command: string,
  args: readonly CommandArg[],
): ExportFile {
  const lines = [...header.map((h) => `# ${h}`), ...commandLines(command, args)];
  return { filename, text: `${lines.join("\n")}\n`, language: "shell" };
}
