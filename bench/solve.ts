import { defaultCni } from "../src/core/design/defaults.ts";
import { prefixOf, type Prefix } from "../src/core/ip/prefix.ts";
import type { AddressRange } from "../src/core/ip/range.ts";
import { nextFreeBlock, avoidSet } from "../src/core/solve/freeBlocks.ts";
import { proposePlan } from "../src/core/solve/proposePlan.ts";
import type { PlanInput } from "../src/core/solve/types.ts";

/** Target of one solver answer: 10.0.0.0/8 with 50 ranges to avoid, in ms (issue 11). */
export const SOLVE_TARGET = 50;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** 50 scattered ranges inside 10.0.0.0/8 of sizes /14 to /24, deterministic. */
function fiftyRanges(): AddressRange[] {
  return Array.from({ length: 50 }, (_, i) => {
    const length = 14 + (i % 11);
    const size = 1n << BigInt(32 - length);
    const first = 0x0a000000n + (((BigInt(i) * 0x4f1bbcdn) % 0x1000000n) / size) * size;
    return { family: "ipv4", first, last: first + size - 1n };
  });
}

/** The budget: 10.0.0.0/8 minus 50 ranges; 500 nodes growing to 1,000 with surge 20. */
export function solveInput(clusters = 1): PlanInput {
  return {
    budgets: [prefixOf("10.0.0.0/8") as Prefix],
    avoid: fiftyRanges(),
    requirements: {
      nodes: 500,
      maxNodes: 1000,
      surge: 20,
      podsPerNode: 110,
      services: 4000,
      lbAddresses: 64,
    },
    cni: defaultCni("cilium"),
    clusters,
  };
}

/** Median times of a full proposal (1 and 3 clusters) and of one next-free-/24 query. */
export function measureSolve(
  runs: number,
): Record<string, { median_ms: number; cpu_ms: number; runs: number }> {
  const time = (fn: () => unknown): [number, number] => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return [wall, (c.user + c.system) / 1000];
  };
  const one = solveInput(1);
  const three = solveInput(3);
  const set = avoidSet("ipv4", one.avoid);
  for (let i = 0; i < 3; i += 1) proposePlan(one); // warm-up: the JIT, not the answer, is cached
  // Wall time and CPU time: on a loaded machine the CPU time is the solver's own cost.
  const out: Record<string, { median_ms: number; cpu_ms: number; runs: number }> = {};
  const series = {
    "solve.propose.10/8.avoid50": () => proposePlan(one),
    "solve.propose.10/8.avoid50.3clusters": () => proposePlan(three),
    "solve.nextFree24.10/8.avoid50": () => nextFreeBlock(one.budgets, set, 24),
  };
  for (const [name, fn] of Object.entries(series)) {
    const xs = Array.from({ length: runs }, () => time(fn));
    out[name] = {
      median_ms: median(xs.map((x) => x[0])),
      cpu_ms: median(xs.map((x) => x[1])),
      runs,
    };
  }
  return out;
}
