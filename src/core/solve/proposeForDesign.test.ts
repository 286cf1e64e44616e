import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyseDesign.ts";
import { defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import { overlaps, prefixOf, type Prefix } from "../ip/prefix.ts";
import { proposeForDesign } from "./proposeForDesign.ts";
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
