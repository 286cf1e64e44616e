import { build } from "vite";

/**
 * Vitest global setup of the slow tier: builds the CLI (vite.cli.config.ts) before the
 * child-process tests run bin/k8s-subnet-designer.mjs, so they never test a stale dist-cli/.
 */
export default async function setup(): Promise<void> {
  await build({ configFile: "vite.cli.config.ts", logLevel: "error" });
}
