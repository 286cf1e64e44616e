import { mkdir, writeFile } from "node:fs/promises";
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

/** The real process's standard streams and file system. */
export function processIo(): CliIo {
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readText: (path) => readTextBounded(path),
    makeDir: async (path) => void (await mkdir(path, { recursive: true })),
    writeText: (path, text) => writeFile(path, text, "utf8"),
  };
}

/** A system error's message without the stack, e.g. "ENOENT: no such file or directory, open 'x'". */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
