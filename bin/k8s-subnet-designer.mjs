#!/usr/bin/env node
// Runs the CLI built to JavaScript in dist-cli/ (`npm ci` builds it through the `prepare` script;
// `npm run build:cli` rebuilds it after a change to src/).
import { existsSync } from "node:fs";

const built = new URL("../dist-cli/main.js", import.meta.url);
if (!existsSync(built)) {
  process.stderr.write(
    "k8s-subnet-designer: the CLI is not built (dist-cli/main.js is missing); run `npm run build:cli`\n",
  );
  process.exit(3);
}
const { main } = await import(built.href);
process.exitCode = await main(process.argv.slice(2));
