import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { manyRangesDesign, nestedRangesDesign } from "./hostileOpen.ts";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(root, "bin", "k8s-subnet-designer.mjs");

/** Target of `validate` on a design with many ranges of each kind, in ms (issue 13). */
export const CLI_HOSTILE_TARGET = 1000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * A design file with `n` ranges of each kind, all overlapping one another: IPv4 and IPv6 pod
 * ranges (nested /8../24 and /32../48), node networks, LoadBalancer pools (half CIDRs, half wide
 * `start-end` ranges) and ranges to avoid. The schema takes up to 1,024 entries per list (ADR
 * 0070), so 1,000 of each must validate.
 */
export function hostileDesignFile(n: number): string {
  const podCount = n;
  const pods = (family: "ipv4" | "ipv6") =>
    Array.from({ length: podCount }, (_, i) =>
      family === "ipv4"
        ? `10.${i % 256}.0.0/${16 + (i % 9)}`
        : `fd00:${i.toString(16)}::/${48 + (i % 17)}`,
    );
  const named = (prefix: string, cidr: (i: number) => string) =>
    Array.from({ length: n }, (_, i) => ({ name: `${prefix}-${i}`, cidr: cidr(i) }));
  const design = {
    schemaVersion: 1,
    name: "hostile",
    kubernetesVersion: "1.35",
    ipFamilies: ["ipv4", "ipv6"],
    ipv4: { podCidrs: pods("ipv4"), nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    ipv6: { podCidrs: pods("ipv6"), nodeMask: 64, serviceCidr: "fd20::/108" },
    nodePortRange: "30000-32767",
    clusterDomain: "cluster.local",
    nodes: {
      networks: named("nodes", (i) => `10.${i % 256}.${i % 4}.0/22`),
      count: 50,
      headroomPercent: 20,
      maxPods: 110,
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: Array.from({ length: n }, (_, i) => ({
        name: `pool-${i}`,
        range:
          i % 2
            ? `fd00::${(2 * i + 1).toString(16)}-fd00:ffff:ffff:ffff:ffff:ffff:ffff:${(65534 - 2 * i).toString(16)}`
            : `10.${i % 256}.${i % 250}.0/24`,
      })),
    },
    externalRanges: named("avoid", (i) => `10.${(i * 7) % 256}.0.0/16`),
    cni: { kind: "generic" },
  };
  return `${JSON.stringify(design, null, 2)}\n`;
}

/**
 * Wall time of `k8s-subnet-designer validate FILE` (the built CLI in a child process, start-up
 * included) on four files, each of which must validate (exit 0 or 1): 64 ranges of each kind,
 * all overlapping (`cli.validate.hostileMax`, the old caps), 1,000 of each, all overlapping
 * (`cli.validate.hostile1000`), and the 1,000-of-each design the map bench draws
 * (`cli.validate.ranges-1000-each`, scattered, partly overlapping), and 1,000 of each all nested
 * in one /8 (`cli.validate.ranges-1000-nested`, ADR 0077). Median of `runs`.
 */
export function measureCliHostile(
  runs: number,
): Record<string, { median_ms: number; runs: number; exit: number | null }> {
  const work = mkdtempSync(path.join(tmpdir(), "bench-hostile-"));
  try {
    const cases = [
      { figure: "cli.validate.hostileMax", text: hostileDesignFile(64) },
      { figure: "cli.validate.hostile1000", text: hostileDesignFile(1000) },
      {
        figure: "cli.validate.ranges-1000-each",
        text: `${JSON.stringify(manyRangesDesign(1000), null, 2)}\n`,
      },
      {
        figure: "cli.validate.ranges-1000-nested",
        text: `${JSON.stringify(nestedRangesDesign(1000), null, 2)}\n`,
      },
    ];
    const out: Record<string, { median_ms: number; runs: number; exit: number | null }> = {};
    for (const c of cases) {
      const file = path.join(work, `${c.figure}.json`);
      writeFileSync(file, c.text);
      const xs: number[] = [];
      let exit: number | null = null;
      for (let i = 0; i <= runs; i++) {
        const t0 = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [BIN, "validate", file], {
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
        });
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (r.status !== 0 && r.status !== 1) {
          throw new Error(`validate (${c.figure}) exited ${r.status}: ${r.stderr.slice(0, 300)}`);
        }
        exit = r.status;
        if (i > 0) xs.push(ms); // the first run warms the file cache
      }
      out[c.figure] = { median_ms: Math.round(median(xs) * 100) / 100, runs: xs.length, exit };
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
