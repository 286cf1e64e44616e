import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyseDesign.ts";
import { defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import { overlaps, prefixOf, type Prefix } from "../ip/prefix.ts";
import { defaultCni } from "../design/defaults.ts";
import { planFindings } from "../plan/planFindings.ts";
import { proposeClusters, proposeForDesign } from "./proposeForDesign.ts";
import { proposePlan } from "./proposePlan.ts";
import type { Requirements } from "./types.ts";

const p = (t: string): Prefix => prefixOf(t)!;
const REQ: Requirements = {
  nodes: 150,
  maxNodes: 300,
  surge: 10,
  podsPerNode: 110,
  services: 2000,
  lbAddresses: 32,
};

describe("proposeForDesign", () => {
  it("replaces the ranges, keeps name, external ranges and other settings, and is clean", () => {
    const design: Design = {
      ...defaultDesign(),
      name: "prod-eu",
      clusterDomain: "example.internal",
      externalRanges: [{ name: "vpn", cidr: "10.40.0.0/17" }],
    };
    const result = proposeForDesign(design, [p("10.40.0.0/15")], REQ);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const d = result.proposal.design;
    expect(d.name).toBe("prod-eu");
    expect(d.clusterDomain).toBe("example.internal");
    expect(d.externalRanges).toEqual(design.externalRanges);
    expect(d.nodes.maxPods).toBe(110);
    expect(d.nodes.count).toBe(150);
    // Every proposed block lies in the budget and clear of the VPN range.
    for (const placed of result.proposal.placed) {
      expect(overlaps(placed.prefix, p("10.40.0.0/15"))).toBe(true);
      expect(overlaps(placed.prefix, p("10.40.0.0/17"))).toBe(false);
    }
    expect(d.ipv4?.podCidrs).toEqual([result.proposal.placed.find((x) => x.role === "pods")?.cidr]);
    expect(d.loadBalancer.pools).toHaveLength(1);
    expect(analyse(d).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("says what does not fit, per family, when the budget is too small", () => {
    const result = proposeForDesign(defaultDesign(), [p("10.40.0.0/20")], REQ);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.shortfalls.length).toBeGreaterThan(0);
    expect(result.shortfalls[0]?.family).toBe("ipv4");
    expect(result.shortfalls[0]?.message).toMatch(/Relax: /);
  });
});

describe("proposeClusters", () => {
  const cilium: Design = { ...defaultDesign(), name: "mesh", cni: defaultCni("cilium") };

  it("three ClusterMesh clusters in 10.40.0.0/14: the CLI's placement, distinct pods, clean plan", () => {
    const budget = [p("10.40.0.0/14")];
    const result = proposeClusters(cilium, "connected", budget, REQ, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { plan } = result.proposal;
    expect(plan.clusters.map((c) => c.name)).toEqual(["cluster-1", "cluster-2", "cluster-3"]);
    expect(plan.clusters.map((c) => (c.cni.kind === "cilium" ? c.cni.clusterId : 0))).toEqual([
      1, 2, 3,
    ]);
    // The same blocks `propose --clusters 3` places (one solver).
    const cli = proposePlan({
      budgets: budget,
      avoid: [],
      requirements: REQ,
      cni: cilium.cni,
      ipFamilies: ["ipv4"],
      kubernetesVersion: cilium.kubernetesVersion,
      clusters: 3,
    });
    expect(cli.ok && cli.plan.designs.map((d) => d.ipv4)).toEqual(plan.clusters.map((c) => c.ipv4));
    const pods = plan.clusters.map((c) => prefixOf(c.ipv4!.podCidrs[0]!)!);
    for (const [i, a] of pods.entries())
      for (const b of pods.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    expect(planFindings(plan).filter((f) => f.severity === "error")).toEqual([]);
    expect(plan.clusters.every((c) => c.clusterDomain === cilium.clusterDomain)).toBe(true);
  });

  it("says by how much and what to relax, naming the cluster, when nothing fits", () => {
    const result = proposeClusters(cilium, "connected", [p("10.40.0.0/18")], REQ, 3);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.shortfalls.length).toBeGreaterThan(0);
    expect(result.shortfalls[0]!.message).toMatch(/of cluster \d.*short by .*\. /);
  });
});
