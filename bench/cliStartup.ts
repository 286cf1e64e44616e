import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(root, "bin", "k8s-subnet-designer.mjs");

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** Wall time of one child process, in ms; throws when it fails to start. */
function timed(args: string[], okStatus: number[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || !okStatus.includes(r.status ?? -1)) {
    throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr || r.error?.message}`);
  }
  return ms;
}

/** The commands timed: bare Node, and the built CLI validating the default design. */
const COMMANDS: { figure: string; args: string[] }[] = [
  { figure: "node.startup", args: ["-e", "0"] },
  { figure: "cli.startup.validate", args: [BIN, "validate"] },
  { figure: "cli.startup.validateJson", args: [BIN, "validate", "--json"] },
];

/**
 * Start-up of `k8s-subnet-designer validate` (the built CLI, run as `npx` runs it: node plus the
 * bin script) against bare `node -e 0`: whole-process wall time, median of `runs`, the commands
 * interleaved so machine load hits them alike. Needs dist-cli/ (`npm run build:cli`).
 */
export function measureCliStartup(
  runs: number,
): Record<string, { median_ms: number; runs: number }> {
  const samples = new Map<string, number[]>(COMMANDS.map((c) => [c.figure, []]));
  for (const c of COMMANDS) timed(c.args, [0, 1]); // warm the file cache
  for (let i = 0; i < runs; i++) {
    for (const c of COMMANDS) samples.get(c.figure)?.push(timed(c.args, [0, 1]));
  }
  return Object.fromEntries(
    [...samples].map(([figure, xs]) => [
      figure,
      { median_ms: Math.round(median(xs) * 100) / 100, runs: xs.length },
    ]),
  );
}
