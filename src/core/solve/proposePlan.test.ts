import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyseDesign.ts";
import { defaultCni } from "../design/defaults.ts";
import type { CniKind } from "../design/schema.ts";
import { overlaps, prefixOf, type Prefix } from "../ip/prefix.ts";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { proposePlan } from "./proposePlan.ts";
import type { PlanInput, Requirements } from "./types.ts";

const p = (text: string): Prefix => prefixOf(text)!;
const REQ: Requirements = {
  nodes: 300,
  maxNodes: 300,
  surge: 0,
  podsPerNode: 110,
  services: 1000,
  lbAddresses: 20,
};
const input = (budgets: string[], kind: CniKind, extra: Partial<PlanInput> = {}): PlanInput => ({
  budgets: budgets.map(p),
  avoid: [],
  requirements: REQ,
  cni: defaultCni(kind),
  ...extra,
});

describe("proposePlan", () => {
  it("300 nodes of 110 pods at /24 per node do not fit a /16: says by how much and what to relax", () => {
    const result = proposePlan(
      input(["10.40.0.0/16"], "generic", { requirements: { ...REQ, nodeMask: { ipv4: 24 } } }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const pods = result.shortfalls.find((s) => s.role === "pods");
    expect(pods?.length).toBe(15);
    expect(pods?.largestFree).toBe(16);
    expect(pods?.message).toContain("short by 65,536");
    // A /16 holds 256 /24 node ranges; at /25 per node 512 nodes of up to 110 pods (125 IPs).
    expect(pods?.message).toContain("lower maximum nodes + surge to 256");
    expect(pods?.message).toContain("/25 per node (512 nodes of up to 110 pods)");
  });

  it("300 nodes of 110 pods at /24 per node fit a /14: every range aligned, inside, disjoint", () => {
    const result = proposePlan(
      input(["10.40.0.0/14"], "generic", { requirements: { ...REQ, nodeMask: { ipv4: 24 } } }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const design = result.plan.designs[0]!;
    expect(design.ipv4).toEqual({
      podCidrs: ["10.40.0.0/15"],
      nodeMask: 24,
      serviceCidr: "10.42.0.0/22",
    });
    expect(design.nodes.networks).toEqual([{ name: "nodes", cidr: "10.42.4.0/23" }]);
    expect(design.loadBalancer.pools).toEqual([{ name: "default", range: "10.42.6.0/27" }]);
    expect(analyse(design).findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("three ClusterMesh clusters in 10.40.0.0/14 get distinct pod ranges, each avoiding the others'", () => {
    const result = proposePlan(
      input(["10.40.0.0/14"], "cilium", {
        clusters: 3,
        requirements: { ...REQ, nodes: 100, maxNodes: 200, surge: 5 },
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pods = result.plan.designs.map((d) => d.ipv4!.podCidrs[0]!);
    expect(new Set(pods).size).toBe(3);
    const all = result.plan.placed.map((x) => x.prefix);
    for (const [i, a] of all.entries()) {
      expect(overlaps(p("10.40.0.0/14"), a) && a.length >= 14).toBe(true);
      for (const b of all.slice(i + 1)) expect(overlaps(a, b)).toBe(false);
    }
    for (const design of result.plan.designs) {
      expect(design.externalRanges.filter((e) => e.name.endsWith("-pods"))).toHaveLength(2);
      expect(analyse(design).findings.filter((f) => f.severity === "error")).toEqual([]);
    }
  });

  it("avoids the given ranges and the special-purpose ones", () => {
    const avoid: AddressRange[] = ["10.0.0.0/9", "10.128.0.0/10"].map((t) => {
      const r = parseAddressRange(t);
      if (!r.ok) throw new Error(r.error);
      return r.value;
    });
    const result = proposePlan(input(["10.0.0.0/8", "100.64.0.0/10"], "cilium", { avoid }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const placed of result.plan.placed) {
      expect(placed.cidr.startsWith("10.")).toBe(true);
      expect(
        avoid.some((a) => placed.prefix.network <= a.last && placed.prefix.network >= a.first),
      ).toBe(false);
    }
  });

  it("explains which requirement fixed each size", () => {
    const result = proposePlan(input(["10.0.0.0/8"], "cilium"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const reasons = Object.fromEntries(result.plan.placed.map((x) => [x.role, x.reason]));
    expect(reasons.pods).toMatch(/^\/16: 300 nodes .* at \/25 per node; a \/16 holds 512$/);
    expect(reasons.services).toBe("/22: 1,000 Services; a /22 gives 1,022 ClusterIPs");
    expect(result.plan.sizes[0]?.nodeMaskReason).toMatch(/^\/25: 110 pods per node \(Cilium/);
  });

  it("refuses requirements the design cannot state", () => {
    const result = proposePlan(
      input(["10.0.0.0/8"], "cilium", { requirements: { ...REQ, nodes: 1, maxNodes: 50 } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/1000 % above/);
  });
});

describe("proposePlan: dual-stack", () => {
  it("sizes and places both families, IPv4 primary", () => {
    const result = proposePlan(input(["10.0.0.0/8", "fd00:40::/48"], "cilium"));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const design = result.plan.designs[0]!;
    expect(design.ipFamilies).toEqual(["ipv4", "ipv6"]);
    expect(design.nodes.networks.map((n) => n.name)).toEqual(["nodes", "nodes-ipv6"]);
    expect(analyse(design).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
