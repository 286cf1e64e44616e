import { platformOf } from "../core/cloud/platformCapacity.ts";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../test/core/design/arbitraryDesign.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { runRules } from "../core/rules/runRules.ts";
import { applyFlags } from "./applyFlags.ts";
import { runCli } from "./main.ts";
import { parseCli } from "./parseCli.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

/** The flags that describe a design's addressing, as a user would type them. */
function flagsOf(d: Design): string[] {
  const plans = d.ipFamilies.map((f) => d[f]).filter((p) => p !== undefined);
  const args = [
    ["--pod-cidr", plans.flatMap((p) => p.podCidrs).join(",")],
    ["--service-cidr", plans.map((p) => p.serviceCidr).join(",")],
    ...(d.ipv4 ? [["--node-mask-ipv4", String(d.ipv4.nodeMask)]] : []),
    ...(d.ipv6 ? [["--node-mask-ipv6", String(d.ipv6.nodeMask)]] : []),
    ["--nodes", String(d.nodes.count)],
    ["--max-pods", String(d.nodes.maxPods)],
    ["--cni", d.cni.kind],
    ...("ipam" in d.cni ? [["--ipam", d.cni.ipam]] : []),
    ["--k8s-version", d.kubernetesVersion],
    ...d.loadBalancer.pools.map((p) => ["--lb-pool", `${p.name}=${p.range}`]),
    ...d.externalRanges.map((e) => ["--external", `${e.name}=${e.cidr}`]),
  ];
  if (d.nodes.networks.length > 0) {
    args.push(["--node-cidr", d.nodes.networks.map((n) => n.cidr).join(",")]);
  }
  return args.flat();
}

/** The parts of a design the flags set (node network names are the CLI's own). */
const addressing = (d: Design) => ({
  ipFamilies: d.ipFamilies,
  ipv4: d.ipv4,
  ipv6: d.ipv6,
  nodes: { count: d.nodes.count, maxPods: d.nodes.maxPods },
  networks: d.nodes.networks.map((n) => n.cidr),
  pools: d.loadBalancer.pools,
  externals: d.externalRanges,
  cniKind: d.cni.kind,
  ipam: "ipam" in d.cni ? d.cni.ipam : undefined,
  kubernetesVersion: d.kubernetesVersion,
});

describe("CLI properties over random valid designs", () => {
  it("typing a design's addressing as flags over the default design reproduces it", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        // No flag empties the node networks; the default design has no pools or externals.
        fc.pre(d.nodes.networks.length > 0);
        const parsed = parseCli(["validate", ...flagsOf(d)]);
        if (!parsed.ok || parsed.value.kind !== "validate") throw new Error(JSON.stringify(parsed));
        const applied = applyFlags(defaultDesign(), parsed.value.flags);
        if (!applied.ok) throw new Error(applied.error);
        expect(addressing(applied.value.design)).toEqual(addressing(d));
      }),
      { numRuns: 150 },
    );
  });

  it("validate --json on a design file: exit 1 exactly when a finding is an error; exact counts", async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign(), async (d) => {
        const io = memoryIo({ "d.json": JSON.stringify(d) });
        const code = await runCli(["validate", "d.json", "--json"], io);
        const report = JSON.parse(io.stdout());
        const hasError = runRules(d).some((f) => f.severity === "error");
        expect(code).toBe(hasError ? 1 : 0);
        // Families, plus the platform block on EKS, GKE and AKS.
        const platform = platformOf(d.cni) ? ["platform"] : [];
        expect(Object.keys(report.capacity).sort()).toEqual([...d.ipFamilies, ...platform].sort());
        for (const block of d.ipFamilies.map(
          (f) => report.capacity[f] as Record<string, unknown>,
        )) {
          for (const value of Object.values(block)) {
            const exact =
              typeof value === "number"
                ? Number.isSafeInteger(value)
                : typeof value === "string" &&
                  /^\d+$/.test(value) &&
                  BigInt(value) > 2n ** 53n - 1n;
            expect(exact, `${value}`).toBe(true);
          }
        }
        expect(report.addresses.kubernetesService).toHaveLength(d.ipFamilies.length);
      }),
      { numRuns: 60 },
    );
  });
});
