import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { preview } from "vite";
import { defaultDesign } from "../src/core/design/defaults.ts";
import type { Design } from "../src/core/design/schema.ts";
import { encodeLink } from "../src/core/codec/link.ts";
import { AUTOSAVE_KEY, savePlan } from "../src/core/codec/storage.ts";
import { singleClusterPlan } from "../src/core/plan/plan.ts";
import { launchPipeBrowser } from "./cdpPipe.ts";
import { timeToMap } from "./timeToMap.ts";

/** The autosave text the app writes for `design` (one cluster shown). */
function autosaveText(design: Design): string {
  let text = "";
  savePlan(
    { getItem: () => null, setItem: (_k, v) => (text = v), removeItem: () => undefined },
    { plan: singleClusterPlan(design), active: 0 },
  );
  return text;
}

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const LINKS = path.join(root, "e2e", "fixtures", "links");

/** Opening a link in the built app (time to the map and the findings), in ms; target (issue 13). */
export const OPEN_TARGET = 1000;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/**
 * The largest design the schema accepts, dual-stack: 16 pod ranges per family, 64 node networks,
 * 64 LoadBalancer pools (half of them `start-end` runs) and 64 external ranges, many overlapping.
 * (The caps were 64 per list and 16 pod ranges until ADR 0070; this is the fullest design of those
 * days, kept as a figure. A 1,000-of-each design does not fit a link.)
 */
export function fullDesign(): Design {
  const base = defaultDesign();
  return {
    ...base,
    name: "full",
    ipFamilies: ["ipv4", "ipv6"],
    ipv4: {
      podCidrs: Array.from({ length: 16 }, (_, i) => `10.${64 + i * 4}.0.0/14`),
      nodeMask: 24,
      serviceCidr: "10.96.0.0/12",
    },
    ipv6: {
      podCidrs: Array.from({ length: 16 }, (_, i) => `fd10:${i.toString(16)}::/56`),
      nodeMask: 64,
      serviceCidr: "fd20::/108",
    },
    nodes: {
      ...base.nodes,
      networks: Array.from({ length: 64 }, (_, i) => ({
        name: `n${i}`,
        cidr: `172.16.${i * 4}.0/22`,
      })),
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: Array.from({ length: 64 }, (_, i) => ({
        name: `p${i}`,
        range:
          i % 2
            ? `192.168.${i}.0/24`
            : `fd00::${(2 * i + 3).toString(16)}-fd00:ffff:ffff:ffff:ffff:ffff:ffff:${(0xfffc - 2 * i).toString(16)}`,
      })),
    },
    externalRanges: Array.from({ length: 64 }, (_, i) => ({
      name: `e${i}`,
      cidr: `172.16.${i * 2}.0/23`,
    })),
  };
}

/**
 * A design with `n` ranges of each kind in one family (pod ranges, node networks, LoadBalancer
 * pools, external ranges; scattered and partly overlapping). Valid up to 1,024 (ADR 0070): the
 * map harness draws it and the CLI bench validates it.
 */
export function manyRangesDesign(n: number): Design {
  const base = defaultDesign();
  const at = (i: number, third: number): string =>
    `10.${(i >> 6) & 255}.${((i & 63) << 2) + third}.0/24`;
  return {
    ...base,
    name: `ranges-${n}`,
    ipFamilies: ["ipv4"],
    ipv4: {
      podCidrs: Array.from({ length: n }, (_, i) => at(i, 0)),
      nodeMask: 26,
      serviceCidr: "100.64.0.0/16",
    },
    ipv6: undefined,
    nodes: {
      ...base.nodes,
      networks: Array.from({ length: n }, (_, i) => ({ name: `n${i}`, cidr: at(i, 1) })),
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: Array.from({ length: n }, (_, i) => ({
        name: `p${i}`,
        range: `${at(i, 2).replace(".0/24", ".10")}-${at(i, 3).replace(".0/24", ".20")}`,
      })),
    },
    externalRanges: Array.from({ length: n }, (_, i) => ({ name: `e${i}`, cidr: at(i, 3) })),
  };
}

/**
 * A design with `n` ranges of each kind all nested in 10.0.0.0/8, the worst case of the overlap
 * rules (ADR 0077): pod ranges 10.0.0.0/8../24, node networks 10.x.0.0/16, pools
 * 10.0.0.a-10.255.255.b and ranges to avoid 10.0.0.0/8../27; about n²/2 overlapping pairs per
 * list, which the bounded overlap queries must not visit one by one.
 */
export function nestedRangesDesign(n: number): Design {
  const base = defaultDesign();
  return {
    ...base,
    name: `nested-${n}`,
    ipFamilies: ["ipv4"],
    ipv4: {
      podCidrs: Array.from({ length: n }, (_, i) => `10.0.0.0/${8 + (i % 17)}`),
      nodeMask: 26,
      serviceCidr: "10.96.0.0/12",
    },
    ipv6: undefined,
    nodes: {
      ...base.nodes,
      networks: Array.from({ length: n }, (_, i) => ({
        name: `n${i}`,
        cidr: `10.${i % 256}.0.0/16`,
      })),
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: Array.from({ length: n }, (_, i) => ({
        name: `p${i}`,
        range: `10.0.0.${(i % 200) + 1}-10.255.255.${254 - (i % 200)}`,
      })),
    },
    externalRanges: Array.from({ length: n }, (_, i) => ({
      name: `e${i}`,
      cidr: `10.0.0.0/${8 + (i % 20)}`,
    })),
  };
}

/**
 * Opens designs in the built app (`dist`), each opened and then reloaded (the autosaved design):
 * the default design (the start-up every visit pays), the two hostile 64-pool links (IPv6: about
 * 14,000 blocks; IPv4: about 2,500), the fullest design of the old caps, and 1,000 ranges of each
 * kind from the autosave, scattered and all nested. The median of `runs` visits, each in a fresh context of a Chromium of
 * its own, driven without Playwright (ADR 0039).
 */
export async function measureHostileOpen(
  port: number,
  runs: number,
  dist = "dist",
): Promise<Record<string, { median_ms: number; runs: number }>> {
  const server = await preview({
    root,
    logLevel: "warn",
    build: { outDir: path.join(root, dist) },
    preview: { port, strictPort: true, host: "127.0.0.1" },
  });
  const browser = await launchPipeBrowser();
  const out: Record<string, { median_ms: number; runs: number }> = {};
  try {
    const cases: [string, string, string, Design?][] = [
      // The default design (no fragment, no autosave): the start-up every visit pays.
      ["default", "", "No findings"],
      [
        "hostile-lb-ipv6-64",
        readFileSync(path.join(LINKS, "hostile-lb-ipv6-64.txt"), "utf8").trim(),
        "overlaps the LoadBalancer pool",
      ],
      [
        "hostile-lb-ipv4-64",
        readFileSync(path.join(LINKS, "hostile-lb-ipv4-64.txt"), "utf8").trim(),
        "overlaps the LoadBalancer pool",
      ],
      ["full-design-64-each", encodeLink(fullDesign()), "overlaps"],
      // Too large for a link: opened from the autosave (as after a file import and a reload).
      ["ranges-1000-each", "", "overlaps", manyRangesDesign(1000)],
      ["ranges-1000-nested", "", "overlaps", nestedRangesDesign(1000)],
    ];
    for (const [name, fragment, text, saved] of cases) {
      const open: number[] = [];
      const reload: number[] = [];
      for (let i = 0; i < runs; i++) {
        const init = saved
          ? `localStorage.setItem(${JSON.stringify(AUTOSAVE_KEY)}, ${JSON.stringify(autosaveText(saved))})`
          : undefined;
        const page = await browser.newPage({ width: 1440, height: 900 }, init);
        const url = `http://127.0.0.1:${port}/${fragment ? `#${fragment}` : ""}`;
        open.push(await timeToMap(page, () => page.go(url), text));
        reload.push(await timeToMap(page, () => page.go(), text));
        await page.close();
      }
      out[`app.open.${name}`] = { median_ms: Math.round(median(open)), runs: open.length };
      out[`app.reload.${name}`] = { median_ms: Math.round(median(reload)), runs: reload.length };
    }
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
  return out;
}
