import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import { computeCapacity } from "./computeCapacity.ts";
import { growthOf } from "./growth.ts";

describe("growthOf", () => {
  it("names each range's ceiling and what a bit either way would give", () => {
    const d = defaultDesign(); // 50 nodes + 20 %, pods 10.244.0.0/16 at /24, nodes 10.0.0.0/22
    const g = growthOf(d, computeCapacity(d));
    expect(g.nodesNeeded).toBe(60);
    // 2^(24-16) node ranges; a /22 has 1,024 addresses less network, gateway and broadcast.
    expect(g.ceilings.map((c) => [c.id, c.nodes])).toEqual([
      ["ipv4-pods", 256n],
      ["ipv4-nodes", 1021n],
    ]);
    expect(g.maxNodes).toBe(256n);
    expect(g.moreNodes).toBe(206n);
    expect(g.options.map((o) => [o.path, o.value, o.maxNodes, o.podsPerNode])).toEqual([
      ["ipv4.podCidrs.0", "10.244.0.0/15", 512n, 110],
      ["ipv4.nodeMask", 25, 512n, 110],
      ["ipv4.nodeMask", 23, 128n, 110],
    ]);
    expect(g.options[2]?.change).toMatch(/128 nodes, 110 pods per node$/);
  });

  it("says when an option falls short, and offers no mask AKS fixes", () => {
    const base = defaultDesign();
    const d = { ...base, cni: defaultCni("azure-overlay"), nodes: { ...base.nodes, count: 200 } };
    const g = growthOf(d, computeCapacity(d));
    expect(g.options.map((o) => o.path)).toEqual(["ipv4.podCidrs.0"]);
    const short = { ...base, nodes: { ...base.nodes, count: 120 } };
    const h = growthOf(short, computeCapacity(short));
    expect(h.options.find((o) => o.value === 23)?.change).toMatch(/fewer than the 144 needed/);
  });
});
