// StrykerJS configuration: mutation testing of src/core, one directory a run (docs/testing.md).
// `npm run test:mutation` (scripts/mutation.ts) runs it once per directory with MUTATE_DIR set;
// each directory keeps its own incremental file under test/mutation/, committed, so a later run
// re-tests only the mutants whose code or covering tests changed.
const dir = process.env.MUTATE_DIR ?? "capacity";
if (!/^[a-z]+$/.test(dir)) throw new Error(`MUTATE_DIR="${dir}" is not a directory of src/core`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: "npm",
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts", related: true },
  // No TypeScript checker: on 2 shared cores it took as much CPU as the test runner it fed
  // (docs/testing.md). Mutants that would not compile run anyway; Vitest strips types.
  coverageAnalysis: "perTest",
  mutate: [`src/core/${dir}/**/*.ts`, "!src/core/**/*.test.ts"],
  ignorePatterns: ["e2e", "bench", "docs", "public", "dist", "dist-*", "reports", "test/mutation"],
  concurrency: 2,
  incremental: true,
  incrementalFile: `test/mutation/${dir}.incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${dir}.html` },
  jsonReporter: { fileName: `reports/mutation/${dir}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  timeoutMS: 10000,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
