import { describe, expect, it } from "vitest";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import type { Cni, Design } from "../design/schema.ts";
import { gkeNodeMask } from "./gke/gkeFacts.ts";
import { gkePodRangeNodes } from "./gke/gkeCapacity.ts";
import { aksPodSubnetPerNode } from "./aks/aksCapacity.ts";
import { platformCapacity } from "./platformCapacity.ts";

const REF = "shared/reference/managed-clouds.md";

function design(cni: Cni, patch: (d: Design) => void = () => {}): Design {
  const d = defaultDesign();
  d.cni = cni;
  patch(d);
  return d;
}

function cap(d: Design) {
  const found = platformCapacity(d, computeCapacity(d).nodesNeeded);
  if (!found) throw new Error("no platform capacity");
  return found;
}

describe("GKE (reference 2.2, 2.3)", () => {
  it.each([
    [8, 28],
    [9, 27],
    [16, 27],
    [17, 26],
    [32, 26],
    [33, 25],
    [64, 25],
    [65, 24],
    [110, 24],
    [128, 24],
    [129, 23],
    [256, 23],
  ])(`max pods %i → /%i (${REF}:314-319, 2.2 derived rows)`, (pods, mask) => {
    expect(gkeNodeMask(pods)).toBe(mask);
  });

  it(`a /14 pod range with 110 max pods carries 1,024 nodes; Autopilot /17 at 32 pods 512 (${REF}:344-345)`, () => {
    expect(gkePodRangeNodes(["10.0.0.0/14"], gkeNodeMask(110))).toBe(1024n);
    expect(gkePodRangeNodes(["10.0.0.0/17"], gkeNodeMask(32))).toBe(512n);
    expect(gkePodRangeNodes(["10.0.0.0/14", "10.8.0.0/16"], 24)).toBe(1280n);
  });

  it(`node subnets keep 4 addresses: /29 → 4, /24 → 252, /20 → 4,092 nodes (${REF}:341-343)`, () => {
    for (const [cidr, nodes] of [
      ["10.0.0.0/29", 4n],
      ["10.0.0.0/24", 252n],
      ["10.0.0.0/20", 4092n],
    ] as const) {
      const d = design(defaultCni("gke"), (x) => {
        x.nodes.networks = [{ name: "nodes", cidr }];
        x.ipv4 = { podCidrs: ["10.64.0.0/14"], nodeMask: 24, serviceCidr: "34.118.224.0/20" };
      });
      const c = cap(d);
      expect(c.subnets[0]?.nodes).toBe(nodes);
      expect(c.maxNodes).toBe(nodes < 1024n ? nodes : 1024n);
    }
  });
});

describe("AKS (reference 3.3)", () => {
  it(`flat Azure CNI: a /24 with 30 max pods holds 8 nodes (${REF}:503)`, () => {
    const d = design(defaultCni("azure-cni"), (x) => {
      x.nodes.networks = [{ name: "nodes", cidr: "10.240.0.0/24" }];
      x.nodes.maxPods = 30;
    });
    const c = cap(d);
    expect(c.subnets[0]).toMatchObject({ perNode: 31n, nodes: 8n, usable: 251n });
    expect(computeCapacity(d).maxNodes).toBe(8n);
    expect(computeCapacity(d).ipv4?.podsPerNode).toBe(30);
  });

  it("pod subnet: dynamic 16 × ceil((P + 8) / 16), static ceil((maxPods + 1) / 16) blocks", () => {
    const base = defaultCni("azure-cni");
    if (base.kind !== "azure-cni") throw new Error("unreachable");
    const dynamic = { ...base, ipam: "pod-subnet" as const };
    const fixed = { ...dynamic, podIpAllocation: "static-block" as const };
    expect(aksPodSubnetPerNode(dynamic, 110)).toBe(128);
    expect(aksPodSubnetPerNode(dynamic, 8)).toBe(16);
    expect(aksPodSubnetPerNode(fixed, 31)).toBe(32);
    expect(aksPodSubnetPerNode(fixed, 32)).toBe(48);
    const d = design(fixed, (x) => {
      x.nodes.maxPods = 31;
      x.nodes.networks = [
        { name: "nodes", cidr: "10.240.0.0/24" },
        { name: "pods", cidr: "10.241.0.0/24" },
      ];
    });
    const c = cap(d);
    // 14 aligned /28s in a /24 pod subnet, 2 per node → 7 nodes; the node subnet holds 251.
    expect(c.subnets.map((s) => [s.role, s.nodes])).toEqual([
      ["nodes", 251n],
      ["pods", 7n],
    ]);
    expect(c.maxNodes).toBe(7n);
  });

  it("kubenet: /24 per node from the pod CIDR, capped at 400 nodes by the route table", () => {
    const d = design(defaultCni("aks-kubenet"), (x) => {
      x.nodes.networks = [{ name: "nodes", cidr: "10.224.0.0/16" }];
    });
    const c = cap(d);
    expect(c.maxNodes).toBe(256n); // 10.244.0.0/16 → 256 node /24s
    d.ipv4 = { podCidrs: ["10.128.0.0/12"], nodeMask: 24, serviceCidr: "10.0.0.0/16" };
    expect(cap(d).maxNodes).toBe(400n);
  });
});

describe("EKS (reference 1.5, 1.6)", () => {
  const eks = (ipam: "secondary-ip" | "prefix-delegation" | "custom-networking") => {
    const base = defaultCni("aws-vpc");
    if (base.kind !== "aws-vpc") throw new Error("unreachable");
    return { ...base, ipam };
  };

  it("secondary IPs on m5.large: 29 pods, 30 addresses per node, a /24 holds 8 nodes", () => {
    const d = design(
      {
        ...eks("secondary-ip"),
        zones: [
          { zone: "eu-west-1a", network: "a" },
          { zone: "eu-west-1b", network: "b" },
        ],
      },
      (x) => {
        x.nodes.maxPods = 29;
        x.nodes.networks = [
          { name: "a", cidr: "10.0.0.0/24" },
          { name: "b", cidr: "10.0.1.0/24" },
        ];
      },
    );
    const c = cap(d);
    expect(c.podsPerNode).toBe(29);
    expect(c.subnets.map((s) => [s.zone, s.perNode, s.nodes])).toEqual([
      ["eu-west-1a", 30n, 8n],
      ["eu-west-1b", 30n, 8n],
    ]);
    expect(c.maxNodes).toBe(16n);
    expect(computeCapacity(d).ipv4?.podIPsPerNode).toBe(29n);
  });

  it(`prefix delegation on a /24: 14 aligned /28s (${REF}:232); 110 pods hold 8 prefixes + 1 ENI`, () => {
    const d = design(eks("prefix-delegation"), (x) => {
      x.nodes.maxPods = 110;
      x.nodes.networks = [{ name: "a", cidr: "10.0.0.0/24" }];
    });
    const s = cap(d).subnets[0];
    // 108 pod IPs → ceil(108/16) + 1 = 8 prefixes, 1 ENI: 129 addresses.
    expect(s?.perNode).toBe(129n);
    expect(s?.prefixes).toEqual({ free: 14n, nodesBest: 1n, nodesWorst: 1n });
    expect(s?.nodes).toBe(1n);
  });

  it("custom networking: the node subnet holds 1 address per node, the ENIConfig subnet the pods", () => {
    const d = design(
      {
        ...eks("custom-networking"),
        zones: [{ zone: "eu-west-1a", network: "nodes-a", podNetwork: "pods-a" }],
      },
      (x) => {
        x.nodes.maxPods = 20;
        x.nodes.networks = [
          { name: "nodes-a", cidr: "10.0.0.0/26" },
          { name: "pods-a", cidr: "100.64.0.0/24" },
        ];
      },
    );
    const c = cap(d);
    expect(c.platformMaxPods).toBe(20);
    // 18 pod IPs on at most 2 pod ENIs of 10 addresses: 20 per node; 251 / 20 = 12 nodes.
    expect(c.subnets.map((s) => [s.role, s.perNode, s.nodes])).toEqual([
      ["nodes", 1n, 59n],
      ["pods", 20n, 12n],
    ]);
    expect(c.maxNodes).toBe(12n);
  });
});
