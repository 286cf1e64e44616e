import { describe, expect, it } from "vitest";
import { importConfig } from "../../src/importers/importConfig.ts";
import { corpusFiles, sourcedPaths } from "./corpus.ts";
import { differences } from "./expectation.ts";

/**
 * The corpus (issue 15): configuration files real projects publish, each imported with the code
 * the app and the CLI use and compared with the design written by reading it (test/corpus/
 * files/*.expected.json; SOURCES.md says where each file comes from). A known gap is reported by
 * name and must still differ, so a fixed gap fails until its marker is removed.
 */
const CORPUS = corpusFiles();

describe("the corpus of published configuration files", () => {
  it("holds 40 or more files, each listed once in SOURCES.md", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    const listed = sourcedPaths();
    expect([...listed].sort()).toEqual(CORPUS.map((f) => f.path));
  });

  const plain = CORPUS.filter((f) => f.expected.knownGap === undefined);
  const gaps = CORPUS.filter((f) => f.expected.knownGap !== undefined);

  it.each(plain.map((f) => [f.path, f] as const))("%s imports as expected", (_, file) => {
    expect(differences(importConfig(file.text), file.expected)).toEqual([]);
  });

  it.each(gaps.map((f) => [f.path, f.expected.knownGap, f] as const))(
    "%s: KNOWN GAP (%s)",
    (_, __, file) => {
      const found = differences(importConfig(file.text), file.expected);
      expect(found, "the gap is closed: remove knownGap from the expected file").not.toEqual([]);
    },
  );
});
