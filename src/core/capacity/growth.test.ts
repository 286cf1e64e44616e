import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import { computeCapacity } from "./computeCapacity.ts";
import { PRESETS } from "../design/presets.ts";
import type { Design } from "../design/schema.ts";
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

  const growth = (d: Design) => growthOf(d, computeCapacity(d));
  const preset = (id: string): Design => PRESETS.find((p) => p.id === id)!.design;
  const base = defaultDesign();

  it("words each ceiling and option whole", () => {
    const g = growth(base);
    expect(g.ceilings.map((c) => c.label)).toEqual([
      "IPv4 pod ranges 10.244.0.0/16 at /24",
      "IPv4 node networks 10.0.0.0/22",
    ]);
    expect(g.options.map((o) => o.change)).toEqual([
      "IPv4 pod range 10.244.0.0/15: 512 nodes, 110 pods per node",
      "IPv4 node mask /25: 512 nodes, 110 pods per node",
      "IPv4 node mask /23: 128 nodes, 110 pods per node",
    ]);
  });

  it("lists ceilings smallest first: a /26 node network (64 less 3) runs out before the pods", () => {
    const d = { ...base, nodes: { ...base.nodes, networks: [{ name: "n", cidr: "10.0.0.0/26" }] } };
    const g = growth(d);
    expect(g.ceilings.map((c) => [c.id, c.nodes])).toEqual([
      ["ipv4-nodes", 61n],
      ["ipv4-pods", 256n],
    ]);
    expect([g.maxNodes, g.moreNodes]).toEqual([61n, 11n]);
  });

  it("widens the first pod range to its aligned parent and names every pod range", () => {
    const d = { ...base, ipv4: { ...base.ipv4!, podCidrs: ["10.245.0.0/16", "10.250.0.0/16"] } };
    const g = growth(d);
    expect(g.ceilings[0]?.label).toBe("IPv4 pod ranges 10.245.0.0/16, 10.250.0.0/16 at /24");
    // 245 is odd: the /15 holding 10.245.0.0/16 starts at 10.244.0.0.
    expect(g.options[0]).toMatchObject({ path: "ipv4.podCidrs.0", value: "10.244.0.0/15" });
  });

  it("at the edges: no mask shorter than the pod range, none longer than /32, no room is 0", () => {
    const tight = {
      ...base,
      ipv4: { ...base.ipv4!, podCidrs: ["10.0.8.0/24"], nodeMask: 24 },
      nodes: { ...base.nodes, count: 3 },
    };
    const g = growth(tight);
    expect(g.maxNodes).toBe(1n);
    expect(g.moreNodes).toBe(0n);
    expect(g.options.map((o) => o.change)).toEqual([
      "IPv4 pod range 10.0.8.0/23: 2 nodes (fewer than the 4 needed), 110 pods per node",
      "IPv4 node mask /25: 2 nodes (fewer than the 4 needed), 110 pods per node",
    ]);
    const hosts = { ...tight, ipv4: { ...tight.ipv4, nodeMask: 32 } };
    expect(growth(hosts).options.map((o) => [o.path, o.value])).toEqual([
      ["ipv4.podCidrs.0", "10.0.8.0/23"],
      ["ipv4.nodeMask", 31],
    ]);
    // Exactly as many nodes as fit: no more room, and no option is "fewer than needed" at 1.
    const exact = { ...tight, nodes: { ...tight.nodes, count: 1, headroomPercent: 0 } };
    expect(growth(exact).moreNodes).toBe(0n);
    expect(growth(exact).options[0]?.change).toBe(
      "IPv4 pod range 10.0.8.0/23: 2 nodes, 110 pods per node",
    );
  });

  it("dual-stack: both families' ceilings and options, IPv6 a bit either way", () => {
    const g = growth(preset("dual-stack"));
    expect(g.ceilings.map((c) => c.id)).toEqual([
      "ipv4-pods",
      "ipv6-pods",
      "ipv4-nodes",
      "ipv6-nodes",
    ]);
    expect(g.ceilings[3]?.label).toBe("IPv6 node networks fd00:1::/64");
    expect(g.options.slice(3).map((o) => o.change)).toEqual([
      "IPv6 pod range fd00:10:244::/55: 256 nodes, 110 pods per node",
      "IPv6 node mask /65: 256 nodes, 110 pods per node",
      "IPv6 node mask /63: 128 nodes, 110 pods per node",
    ]);
  });

  it("a platform's node limit is a ceiling; a CNI that fixes the mask offers only the pod range", () => {
    const g = growth(preset("gke-standard"));
    expect(g.ceilings.map((c) => [c.id, c.label, c.nodes])).toEqual([
      ["ipv4-pods", "IPv4 pod ranges 10.4.0.0/14 at /24", 1024n],
      ["ipv4-nodes", "IPv4 node networks 10.0.0.0/20", 4092n],
      ["platform", "GKE standard allows 15,000 nodes per cluster", 15000n],
    ]);
    expect(g.options.map((o) => o.change)).toEqual([
      "IPv4 pod range 10.0.0.0/13: 2,048 nodes, 110 pods per node",
    ]);
  });

  it("where pods take node-network addresses (EKS VPC CNI) the networks are the ceiling, no options", () => {
    const g = growth(preset("eks-secondary-ip"));
    expect(g.ceilings).toEqual([
      {
        id: "ipv4-nodes",
        label: "IPv4 node networks 10.0.0.0/19, 10.0.32.0/19, 10.0.64.0/19",
        nodes: g.maxNodes,
      },
    ]);
    expect(g.options).toEqual([]);
  });
});
