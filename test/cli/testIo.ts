import type { CliIo } from "../../src/cli/io.ts";

/** A CliIo over memory, for tests: captured stdout/stderr, files in a map, "-" as stdin. */
export interface MemoryIo extends CliIo {
  stdout: () => string;
  stderr: () => string;
  files: Map<string, string>;
  dirs: Set<string>;
}

/** Makes a MemoryIo holding `files` (path to text); `stdin` is what reading "-" returns. */
export function memoryIo(files: Record<string, string> = {}, stdin = ""): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  const map = new Map(Object.entries(files));
  const dirs = new Set<string>();
  return {
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    readText: async (path) => {
      if (path === "-") return stdin;
      const text = map.get(path);
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    makeDir: async (path) => void dirs.add(path),
    writeText: async (path, text) => void map.set(path, text),
    stdout: () => out.join(""),
    stderr: () => err.join(""),
    files: map,
    dirs,
  };
}
