import { mkdir, writeFile } from "node:fs/promises";
import { clipLongRuns } from "../core/codec/quote.ts";
import { escapeUnsafe, escapeUnsafeKeepLines } from "../core/codec/safeEcho.ts";
import { readTextBounded } from "./readBounded.ts";

/** What the CLI does to the outside world, so commands can be tested without a process. */
export interface CliIo {
  /** Writes to standard output, as is (callers end lines themselves). */
  out: (text: string) => void;
  /** Writes to standard error, as is. */
  err: (text: string) => void;
  /**
   * Reads a UTF-8 text file; "-" reads standard input. Never more than the input limit (4 MiB):
   * rejects with the limit's message past it, or with the system error.
   */
  readText: (path: string) => Promise<string>;
  /** Creates a directory and its parents when missing. */
  makeDir: (path: string) => Promise<void>;
  /** Writes a UTF-8 text file, replacing it. */
  writeText: (path: string, text: string) => Promise<void>;
}

/**
 * The real process's standard streams and file system. Everything written passes
 * escapeUnsafeKeepLines: no control, bidi or zero-width character from any input reaches the
 * terminal raw (a valid design has none, so exports and JSON are unchanged by it). Standard error
 * also passes clipLongRuns: a 100,000-character value is echoed cut, with its length.
 */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(escapeUnsafeKeepLines(text)),
    err: (text) => void process.stderr.write(escapeUnsafeKeepLines(clipLongRuns(text))),
    readText: (path) => readTextBounded(path),
    makeDir: async (path) => void (await mkdir(path, { recursive: true })),
    writeText: (path, text) => writeFile(path, text, "utf8"),
  };
}

/**
 * Stops the process quietly with `status` at the first error writing to `stream` (standard
 * output closed by its reader: EPIPE; a full disk: ENOSPC). Without this, node reports the
 * stream's unhandled "error" event with a stack trace and exit 1. Returns the listener.
 */
export function exitOnWriteError(
  stream: NodeJS.WritableStream,
  status: number,
  exit: (status: number) => void = (code) => process.exit(code),
): (error: unknown) => void {
  const listener = () => exit(status);
  stream.on("error", listener);
  return listener;
}

/**
 * A system error's message without the stack, e.g. "ENOENT: no such file or directory, open 'x'",
 * on one line with the unsafe characters of the path it may echo escaped.
 */
export function errorText(error: unknown): string {
  return escapeUnsafe(clipLongRuns(error instanceof Error ? error.message : String(error)));
}

/** How a command names its input file: "standard input" for "-", else the path, escaped. */
export function inputName(file: string): string {
  return file === "-" ? "standard input" : escapeUnsafe(clipLongRuns(file));
}
