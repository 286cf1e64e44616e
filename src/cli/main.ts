import { clipLongRuns } from "../core/codec/quote.ts";
import { escapeUnsafe } from "../core/codec/safeEcho.ts";
import { EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE } from "./exitCodes.ts";
import { exitOnWriteError, processIo, type CliIo } from "./io.ts";
import { parseCli } from "./parseCli.ts";
import { shortUsage, usage } from "./usage.ts";

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit status: 0 fine,
 * 1 a finding is an error, 2 unusable input (the message and a usage hint go to stderr); 3 and 4
 * come from {@link main}.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    const command = parsed.command;
    io.err(
      `k8s-subnet-designer${command ? ` ${command}` : ""}: ${escapeUnsafe(clipLongRuns(parsed.error))}\n\n`,
    );
    io.err(shortUsage(command));
    return EXIT_USAGE;
  }
  const inv = parsed.value;
  switch (inv.kind) {
    case "help":
      io.out(usage(inv.topic));
      return EXIT_OK;
    // Each command loads only the modules it needs, which keeps start-up short.
    case "validate":
      return (await import("./commands/validate.ts")).runValidate(inv, io);
    case "export":
      return (await import("./commands/exportDesign.ts")).runExport(inv, io);
    case "import":
      return (await import("./commands/importConfig.ts")).runImport(inv, io);
    case "link":
      return (await import("./commands/link.ts")).runLink(inv, io);
    case "propose":
      return (await import("./commands/propose.ts")).runPropose(inv, io);
  }
}

/**
 * The process entry point used by bin/k8s-subnet-designer.mjs. An unexpected exception (a bug)
 * is reported in one line with exit status 3, so it is never mistaken for exit 1 (findings); no
 * stack trace is printed, whatever the input. A write error on standard output (a closed pipe)
 * ends the process quietly with exit status 4.
 */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
  exitOnWriteError(process.stdout, EXIT_OUTPUT);
  const io = processIo();
  try {
    return await runCli(argv, io);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.err(`k8s-subnet-designer: internal error, please report it: ${escapeUnsafe(detail)}\n`);
    return EXIT_INTERNAL;
  }
}
