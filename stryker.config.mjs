// StrykerJS configuration: mutation testing of src/core, one directory (or part of one) a run
// (docs/testing.md). `npm run test:mutation` (scripts/mutation.ts) runs it once per target with
// MUTATE_DIR (a directory of src/core) and, for a large directory, MUTATE_PART (a range of
// first letters of its file names, such as "a-b") set. Each target keeps its own incremental
// file under test/mutation/, committed, so a later run re-tests only the mutants whose code or
// covering tests changed.
import path from "node:path";

const dir = process.env.MUTATE_DIR ?? "capacity";
const part = process.env.MUTATE_PART ?? "";
if (!/^[a-z]+$/.test(dir)) throw new Error(`MUTATE_DIR="${dir}" is not a directory of src/core`);
if (part && !/^[a-z]-[a-z]$/.test(part)) throw new Error(`MUTATE_PART="${part}" is not like a-c`);
const name = part ? `${dir}.${part}` : dir;

// Tests run in a sandbox under .stryker-tmp, so "../shared" (beside the repository) is no longer
// beside them: point the ENI table's reader at it (test/core/cloud/eniTable.ts).
process.env.ENI_LIMITS_TSV ??= path.resolve("../shared/data/aws-eni-limits.tsv");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  // related: false: all core unit tests run once to measure coverage (an incremental run with
  // `related` once found only 3 of the 20 test files); each mutant still runs only its tests.
  vitest: { configFile: "vitest.stryker.config.ts", related: false },
  // No TypeScript checker: on 2 shared cores it took as much CPU as the test runner it fed
  // (docs/testing.md). Mutants that would not compile run anyway; Vitest strips types.
  coverageAnalysis: "perTest",
  mutate: [
    ...(part
      ? [`src/core/${dir}/[${part}]*.ts`, `src/core/${dir}/[${part}]*/**/*.ts`]
      : [`src/core/${dir}/**/*.ts`]),
    "!src/core/**/*.test.ts",
  ],
  ignorePatterns: ["e2e", "bench", "docs", "public", "dist", "dist-*", "reports", "test/mutation"],
  concurrency: 2,
  incremental: true,
  incrementalFile: `test/mutation/${name}.incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  // A mutant that loops forever is cut off after 3 s beyond its tests' own time.
  timeoutMS: 3000,
  // In rules, the static mutants (the rule objects' id, title and source strings, the registry's
  // list) each need every core test in a fresh worker; on the shared machine that run outlasts
  // its timeout, so each "timed out" and cost a worker restart (a-b: 14 in 10 minutes, 2026-12-01).
  // Ignored there, they leave the score; rules.test.ts checks the registry and every rule's id.
  // MUTATE_STATIC=1 runs them anyway (on a quiet machine).
  ignoreStatic: dir === "rules" && process.env.MUTATE_STATIC !== "1",
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
