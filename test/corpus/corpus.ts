import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expectationSchema, type Expectation } from "./expectation.ts";

const FILES = new URL("./files/", import.meta.url);

/** One published configuration file of the corpus and what importing it must give. */
export interface CorpusFile {
  /** The path under test/corpus/files ("kind/valid-minimal.yaml"). */
  path: string;
  text: string;
  expected: Expectation;
}

const EXPECTED = ".expected.json";

/** Every corpus file with its expectation, sorted by path. */
export function corpusFiles(): CorpusFile[] {
  const root = fileURLToPath(FILES);
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith(EXPECTED))
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"),
    )
    .sort();
  return paths.map((file) => ({
    path: file,
    text: readFileSync(new URL(file, FILES), "utf8"),
    expected: expectationSchema.parse(
      JSON.parse(readFileSync(new URL(file + EXPECTED, FILES), "utf8")),
    ),
  }));
}

/** The file paths SOURCES.md lists (the first column of its table, in backticks). */
export function sourcedPaths(): string[] {
  const text = readFileSync(new URL("./SOURCES.md", import.meta.url), "utf8");
  return [...text.matchAll(/^\| `([^`]+)` +\|/gm)].map((m) => m[1]!);
}
