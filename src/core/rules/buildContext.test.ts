import { describe, expect, it } from "vitest";
import type { Capacity } from "../capacity/types.ts";
import { buildContext } from "./buildContext.ts";
import {
  designWith,
  dualStack,
  lbPoolsOf,
  nodes,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

// What every rule reads: families with their parsed ranges, and the design's blocks by role.
// A text that does not parse (the schema normally prevents it) is left out, never half-built.

const summary = (design: Parameters<typeof buildContext>[0]) =>
  buildContext(design).ranges.map((r) => [r.role, r.label, r.field, r.text]);

describe("buildContext: the design's blocks by role", () => {
  it("a range of each role, in design order; a padded pool is trimmed", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/16"], serviceCidr: "10.96.0.0/12" }),
      nodes: nodes({ networks: [{ name: "lan", cidr: "192.168.0.0/24" }] }),
      loadBalancer: lbPoolsOf("metallb", ["pub", " 192.168.1.0/28 "]),
      externalRanges: [{ name: "vpn", cidr: "172.16.0.0/16" }],
    });
    expect(summary(design)).toEqual([
      ["pods", "pod range 10.244.0.0/16", "ipv4.podCidrs.0", "10.244.0.0/16"],
      ["services", "Service range 10.96.0.0/12", "ipv4.serviceCidr", "10.96.0.0/12"],
      ["nodes", 'node network "lan" (192.168.0.0/24)', "nodes.networks.0.cidr", "192.168.0.0/24"],
      [
        "lb",
        'LoadBalancer pool "pub" (192.168.1.0/28)',
        "loadBalancer.pools.0.range",
        "192.168.1.0/28",
      ],
      [
        "external",
        'external range "vpn" (172.16.0.0/16)',
        "externalRanges.0.cidr",
        "172.16.0.0/16",
      ],
    ]);
  });

  it("texts that do not parse are left out of the ranges and of the family's pods", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/33", "10.245.0.0/16"], serviceCidr: "nope" }),
      nodes: nodes({ networks: [{ name: "bad", cidr: "192.168.0.0/40" }] }),
      loadBalancer: lbPoolsOf("metallb", ["bad", "192.168.1.9-192.168.1.2x"]),
      externalRanges: [{ name: "bad", cidr: "vpn" }],
    });
    expect(summary(design)).toEqual([
      ["pods", "pod range 10.245.0.0/16", "ipv4.podCidrs.1", "10.245.0.0/16"],
    ]);
    const ctx = buildContext(design);
    expect(ctx.families[0]?.pods.map((p) => [p.index, p.field])).toEqual([[1, "ipv4.podCidrs.1"]]);
    expect(ctx.families[0]?.service).toBeUndefined();
  });
});

describe("buildContext: families and the Kubernetes minor", () => {
  it("dual-stack with IPv6 primary: families in that order, byFamily holds both", () => {
    const ctx = buildContext(dualStack(v4(), v6(), { ipFamilies: ["ipv6", "ipv4"] }));
    expect(ctx.families.map((f) => [f.family, f.primary])).toEqual([
      ["ipv6", true],
      ["ipv4", false],
    ]);
    expect(Object.keys(ctx.byFamily).sort()).toEqual(["ipv4", "ipv6"]);
  });

  it("a family listed without a plan, or a plan not listed, is no family", () => {
    const listedOnly = designWith({ ipFamilies: ["ipv4", "ipv6"] });
    delete listedOnly.ipv6;
    expect(Object.keys(buildContext(listedOnly).byFamily)).toEqual(["ipv4"]);
    const planOnly = designWith({ ipv6: v6() });
    const ctx = buildContext(planOnly);
    expect(ctx.families.map((f) => f.family)).toEqual(["ipv4"]);
    expect(Object.keys(ctx.byFamily)).toEqual(["ipv4"]);
  });

  it("the minor of 1.NN; anything else (1.35.2, 21.35, v1.35) is no number", () => {
    const minor = (kubernetesVersion: string) =>
      buildContext(designWith({ kubernetesVersion })).minor;
    expect(minor("1.35")).toBe(35);
    expect(minor("1.35.2")).toBeNaN();
    expect(minor("21.35")).toBeNaN();
    expect(minor("v1.35")).toBeNaN();
  });
});

describe("buildContext: capacity given as a function", () => {
  it("is computed on the first read of capacity, once, and never without a read", () => {
    const design = designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/16"] }) });
    const capacity = { families: [] } as unknown as Capacity;
    let calls = 0;
    const context = buildContext(design, () => (calls++, capacity));
    expect(calls).toBe(0);
    expect(context.ranges.length).toBeGreaterThan(0);
    expect(calls).toBe(0);
    expect(context.capacity).toBe(capacity);
    expect(context.capacity).toBe(capacity);
    expect(calls).toBe(1);
  });

  it("a function giving undefined reads as no capacity, still computed once", () => {
    let calls = 0;
    const context = buildContext(designWith({}), () => (calls++, undefined));
    expect(context.capacity).toBeUndefined();
    expect(context.capacity).toBeUndefined();
    expect(calls).toBe(1);
  });
});
