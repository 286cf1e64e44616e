// Mutation testing of core, one target a run: `npm run test:mutation [-- target ...] [--force]`.
// A target is a directory of src/core ("ip") or a part of one by first letters ("rules:a-b").
// With no target it runs capacity, ip and rules (the directories issue 16 holds at 90 %), rules
// in five parts so that each run is short and keeps its results even if a later one is stopped.
// Each target reads and writes test/mutation/<target>.incremental.json (committed), so only
// mutants whose code or covering tests changed run again; reports land in reports/mutation/.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mutationScore, type MutantStatusCounts } from "./mutationScore.ts";

const RULES_PARTS = ["a-b", "c-c", "d-j", "k-o", "p-z"].map((p) => `rules:${p}`);
const DEFAULT_TARGETS = ["capacity", "ip", ...RULES_PARTS];

const args = process.argv.slice(2);
const force = args.includes("--force");
const given = args.filter((a) => a !== "--force");
const targets = (given.length > 0 ? given : DEFAULT_TARGETS).flatMap((t) =>
  t === "rules" ? RULES_PARTS : [t],
);
const known = new Set(
  readdirSync("src/core", { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name),
);
for (const target of targets) {
  const [dir = "", part] = target.split(":");
  if (!known.has(dir) || (part !== undefined && !/^[a-z]-[a-z]$/.test(part))) {
    console.error(`"${target}" is not a directory of src/core (${[...known].join(", ")}),`);
    console.error(`optionally with a part such as ":a-c"`);
    process.exit(2);
  }
}

const byDir = new Map<string, MutantStatusCounts>();
const lines: string[] = [];
let failed = false;
for (const target of targets) {
  const [dir = "", part = ""] = target.split(":");
  const name = part ? `${dir}.${part}` : dir;
  const started = Date.now();
  const run = spawnSync("npx", ["stryker", "run", ...(force ? ["--force"] : [])], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_DIR: dir, MUTATE_PART: part },
  });
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const report = `reports/mutation/${name}.json`;
  if (run.status !== 0 || !existsSync(report)) {
    failed = true;
    lines.push(`${name}: Stryker failed (exit ${run.status ?? run.signal}) after ${minutes} min`);
    continue;
  }
  const counts = countStatuses(JSON.parse(readFileSync(report, "utf8")));
  const total = byDir.get(dir) ?? {};
  for (const [status, n] of Object.entries(counts)) total[status] = (total[status] ?? 0) + n;
  byDir.set(dir, total);
  lines.push(`${name}: ${mutationScore(counts)} in ${minutes} min ${JSON.stringify(counts)}`);
}
const dirs = [...byDir].map(([dir, counts]) => `${dir}: ${mutationScore(counts)}`);
console.log(`\nMutation score (killed and timed out over valid mutants)`);
console.log(`by run:\n${lines.join("\n")}\nby directory:\n${dirs.join("\n")}`);
process.exit(failed ? 1 : 0);

function countStatuses(report: { files: Record<string, { mutants: { status: string }[] }> }) {
  const counts: MutantStatusCounts = {};
  for (const file of Object.values(report.files))
    for (const m of file.mutants) counts[m.status] = (counts[m.status] ?? 0) + 1;
  return counts;
}
