import { defineConfig } from "vitest/config";

const ALL = ["src/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"];

/**
 * The slow tier, by file name: properties (`*.property.test.ts`), fuzzing (`*.fuzz.test.ts`) and
 * anything else slow, such as child processes or whole-schema validation (`*.slow.test.ts`).
 */
const SLOW = ["**/*.property.test.ts", "**/*.fuzz.test.ts", "**/*.slow.test.ts"];

/**
 * Tests that replace a module (`vi.mock`) need a module registry of their own, so they run
 * isolated. Every other unit test shares one registry per worker thread (`isolate: false`),
 * which cuts the fast tier's module loading about six-fold (docs/adr/0008-shared-module-registry.md).
 */
const ISOLATED = ["**/*.isolated.test.ts"];

const shared = {
  environment: "node" as const,
  testTimeout: 20000,
  setupFiles: ["test/setup/fastCheck.ts"],
};

// `vitest run` runs both tiers (npm test); `--project unit` is the fast edit-run loop.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: "unit",
          include: ALL,
          exclude: [...SLOW, ...ISOLATED],
          pool: "threads",
          isolate: false,
        },
      },
      {
        test: {
          ...shared,
          name: "unit-isolated",
          include: ISOLATED.map((p) => p.replace("**/", "{src,test,scripts}/**/")),
        },
      },
      {
        test: {
          ...shared,
          name: "slow",
          pool: "threads",
          isolate: false,
          include: SLOW.map((p) => p.replace("**/", "{src,test,scripts}/**/")),
          // The child-process tests run bin/k8s-subnet-designer.mjs, which runs the built CLI.
          globalSetup: ["test/setup/buildCli.ts"],
        },
      },
    ],
  },
});
