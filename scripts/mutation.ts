// Mutation testing of core, one directory a run: `npm run test:mutation [-- dir ...]`.
// With no argument it runs capacity, ip and rules (the directories issue 16 holds at 90 %).
// Each run reads and writes test/mutation/<dir>.incremental.json (committed), so only mutants
// whose code or tests changed are run again; reports land in reports/mutation/<dir>.html.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mutationScore, type MutantStatusCounts } from "./mutationScore.ts";

const DEFAULT_DIRS = ["capacity", "ip", "rules"];
const args = process.argv.slice(2);
const force = args.includes("--force");
const dirs = args.filter((a) => a !== "--force");
const chosen = dirs.length > 0 ? dirs : DEFAULT_DIRS;
const known = new Set(
  readdirSync("src/core", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name),
);
for (const dir of chosen) {
  if (!known.has(dir)) {
    console.error(`"${dir}" is not a directory of src/core (${[...known].join(", ")})`);
    process.exit(2);
  }
}

const lines: string[] = [];
let failed = false;
for (const dir of chosen) {
  const started = Date.now();
  const run = spawnSync("npx", ["stryker", "run", ...(force ? ["--force"] : [])], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_DIR: dir },
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const report = `reports/mutation/${dir}.json`;
  if (run.status !== 0 || !existsSync(report)) {
    failed = true;
    lines.push(`${dir}: Stryker failed (exit ${run.status ?? run.signal}) after ${minutes} min`);
    continue;
  }
  const counts = countStatuses(JSON.parse(readFileSync(report, "utf8")));
  lines.push(`${dir}: ${mutationScore(counts)} (${minutes} min) ${JSON.stringify(counts)}`);
}
console.log(
  `\nMutation score by directory (killed + timeout over all valid mutants):\n${lines.join("\n")}`,
);
process.exit(failed ? 1 : 0);

function countStatuses(report: { files: Record<string, { mutants: { status: string }[] }> }) {
  const counts: MutantStatusCounts = {};
  for (const file of Object.values(report.files))
    for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  return counts;
}
