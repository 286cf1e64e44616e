import { defineConfig } from "vitest/config";

/**
 * For rules (MUTATE_DIR=rules, set by scripts/mutation.ts) only the rules' own tests run: every
 * test that calls analyse() reaches every rule, so with all of core's tests each rules mutant ran
 * hundreds of them (solver, codec, capacity), and a rule counted as guarded when only a distant
 * test noticed. A rule's behaviour is held by its own tests (docs/testing.md).
 */
const RULES_ONLY = process.env.MUTATE_DIR === "rules";

/**
 * The Vitest config StrykerJS runs (stryker.config.mjs, docs/testing.md): only the fast unit
 * tests of core, in one plain project (Stryker sets the pool and worker count itself). Files
 * share one module registry within a run, as in the unit tier (docs/adr/0008): Vitest starts a
 * fresh worker for each of Stryker's runs, so a static mutant (one in a module-level table, on
 * while its module loads) never leaks into the next mutant's run.
 */
export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 20000,
    setupFiles: ["test/setup/fastCheck.ts"],
    include: RULES_ONLY
      ? ["src/core/rules/**/*.test.ts"]
      : ["src/core/**/*.test.ts", "test/core/**/*.test.ts"],
    exclude: [
      "**/*.property.test.ts",
      "**/*.fuzz.test.ts",
      "**/*.slow.test.ts",
      "**/*.isolated.test.ts",
      // Regenerates the ENI module from ../shared and compares text; the sandbox's paths differ.
      "src/core/cloud/aws/vpcCni.test.ts",
    ],
    pool: "threads",
    isolate: false,
  },
});
