import { defineConfig } from "vitest/config";

const ALL = ["src/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"];

/**
 * The slow tier, by file name: properties (`*.property.test.ts`), fuzzing (`*.fuzz.test.ts`) and
 * anything else slow, such as child processes or whole-schema validation (`*.slow.test.ts`).
 */
const SLOW = ["**/*.property.test.ts", "**/*.fuzz.test.ts", "**/*.slow.test.ts"];

const shared = {
  environment: "node" as const,
  testTimeout: 20000,
  setupFiles: ["test/setup/fastCheck.ts"],
};

// `vitest run` runs both tiers (npm test); `--project unit` is the fast edit-run loop.
export default defineConfig({
  test: {
    projects: [
      { test: { ...shared, name: "unit", include: ALL, exclude: SLOW } },
      {
        test: {
          ...shared,
          name: "slow",
          include: SLOW.map((p) => p.replace("**/", "{src,test,scripts}/**/")),
          // The child-process tests run bin/k8s-subnet-designer.mjs, which runs the built CLI.
          globalSetup: ["test/setup/buildCli.ts"],
        },
      },
    ],
  },
});
