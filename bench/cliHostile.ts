import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

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
 * `start-end` ranges) and ranges to avoid. The schema caps the lists (16 pod ranges per family,
 * 64 of the others), so `n` above the caps makes a file the CLI must refuse, quickly.
 */
export function hostileDesignFile(n: number): string {
  // Pod ranges: 16 per family at the cap (the schema's limit), `n` beyond it.
  const podCount = n > 64 ? n : Math.min(n, 16);
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
 * included) on two hostile files: every list at the schema's cap (`cli.validate.hostileMax`, must
 * validate) and 1,000 ranges of each kind (`cli.validate.hostile1000`, must be refused with exit
 * 2). Median of `runs`.
 */
export function measureCliHostile(
  runs: number,
): Record<string, { median_ms: number; runs: number; exit: number | null }> {
  const work = mkdtempSync(path.join(tmpdir(), "bench-hostile-"));
  try {
    const cases = [
      { figure: "cli.validate.hostileMax", n: 64, ok: [0, 1] },
      { figure: "cli.validate.hostile1000", n: 1000, ok: [2] },
    ];
    const out: Record<string, { median_ms: number; runs: number; exit: number | null }> = {};
    for (const c of cases) {
      const file = path.join(work, `${c.n}.json`);
      writeFileSync(file, hostileDesignFile(c.n));
      const xs: number[] = [];
      let exit: number | null = null;
      for (let i = 0; i <= runs; i++) {
        const t0 = process.hrtime.bigint();
        const r = spawnSync(process.execPath, [BIN, "validate", file], { encoding: "utf8" });
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        if (!c.ok.includes(r.status ?? -1)) {
          throw new Error(`validate ${c.n} ranges exited ${r.status}: ${r.stderr.slice(0, 300)}`);
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
