import { describe, expect, it } from "vitest";
import { calico, cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import type { Cni } from "../design/schema.ts";
import { prefixOf, type Prefix } from "../ip/prefix.ts";
import type { PodRangePlan } from "../plans/podRangePlans.ts";
import { calicoBlockPlan } from "./calicoBlocks.ts";
import { cloudAddressesPerNode, computeCapacity } from "./computeCapacity.ts";
import { buggyIpCount, countCongruent } from "./lbPools.ts";
import { blockReservations } from "./nodeBlock.ts";
import { nodeCeilingReason } from "./nodeCeilingReason.ts";
import {
  nodeNetworkCapacities,
  nodeNetworksAreCloud,
  usableNodeAddressesRule,
} from "./nodeNetworks.ts";
import { nodePortCapacity } from "./nodePorts.ts";
import { sumNodeSubnets, withheldNodeSubnets } from "./nodeSubnets.ts";
import { nodeBlockReservations, podIpsPerNode } from "./podIpsPerNode.ts";
import { clusterDNSIP, kubernetesMinor, kubernetesServiceIP } from "./serviceCapacity.ts";

/**
 * Edges of the capacity helpers (issue 16): each case sits where an answer changes (a block
 * with one host bit left, a range ending where another starts, an unparsable field), so an
 * off-by-one or a dropped branch fails a named test. Figures are worked out in the comments.
 */

const p = (cidr: string): Prefix => {
  const prefix = prefixOf(cidr);
  if (!prefix) throw new Error(`bad test prefix ${cidr}`);
  return prefix;
};

describe("countCongruent and buggyIpCount: exact at negative and single-address edges", () => {
  it("matches a plain count for every small run, modulus and residue", () => {
    // Runs that start below zero exercise floor division (bigint `/` truncates toward zero).
    const wrong: string[] = [];
    for (const m of [1n, 2n, 5n]) {
      for (let first = -6n; first <= 6n; first++) {
        for (let last = first - 2n; last <= 9n; last++) {
          for (let k = 0n; k < m; k++) {
            let naive = 0n;
            for (let x = first; x <= last; x++) if ((((x - k) % m) + m) % m === 0n) naive++;
            const got = countCongruent(first, last, k, m);
            if (got !== naive)
              wrong.push(`${first}..${last} ≡ ${k} mod ${m}: ${got}, not ${naive}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("one address is one run: 10.0.0.0-10.0.0.0 holds one .0, 0.0.0.0-0.0.0.255 two buggy IPs", () => {
    const at = (first: bigint, last: bigint) => ({ family: "ipv4" as const, first, last });
    expect(buggyIpCount(at(0x0a000000n, 0x0a000000n))).toBe(1n);
    expect(buggyIpCount(at(0n, 255n))).toBe(2n);
    expect(buggyIpCount(at(1n, 254n))).toBe(0n);
    expect(buggyIpCount({ family: "ipv6", first: 0n, last: 255n })).toBe(0n);
  });
});

describe("node blocks at their smallest", () => {
  it("a mask longer than the family refuses the block", () => {
    expect(blockReservations("host-local", "ipv4", 33)).toBeUndefined();
    expect(blockReservations("cilium", "ipv6", 129)).toBeUndefined();
  });

  it("Cilium: /31 has no allocatable range; /30 has first and last reserved", () => {
    const floating = [
      { role: "router", count: 1n },
      { role: "health", count: 1n },
    ];
    expect(blockReservations("cilium", "ipv4", 31)).toEqual({
      allocator: "cilium",
      family: "ipv4",
      blockSize: 2n,
      usableEnd: 0n,
      fixed: [],
      floating,
    });
    expect(blockReservations("cilium", "ipv4", 30)).toEqual({
      allocator: "cilium",
      family: "ipv4",
      blockSize: 4n,
      usableEnd: 4n,
      fixed: [
        { index: 0n, role: "network" },
        { index: 3n, role: "broadcast" },
      ],
      floating,
    });
  });

  it("Cilium caps only IPv6 ranges at 65,536: an IPv4 /15 keeps all 131,072 addresses", () => {
    const v4 = blockReservations("cilium", "ipv4", 15);
    expect(v4?.usableEnd).toBe(131_072n);
    expect(v4?.fixed[1]).toEqual({ index: 131_071n, role: "broadcast" });
    // IPv6 /120 (256 addresses, uncapped): the last address is "last", not a broadcast.
    expect(blockReservations("cilium", "ipv6", 120)?.fixed[1]).toEqual({
      index: 255n,
      role: "last",
    });
    expect(blockReservations("cilium", "ipv6", 64)?.usableEnd).toBe(65_536n);
  });
});

describe("pod IPs per node: the rule in words for each allocator", () => {
  const ctx = { nodeNetworkRoom: 1000n, nodesNeeded: 10 };

  it("host-local IPv6 /120: 256 minus network and gateway = 254", () => {
    const d = testDesign({ ipv6: { nodeMask: 120 } });
    expect(podIpsPerNode(d, "ipv6", ctx)).toEqual({
      ips: 254n,
      rule: "host-local: /120 (256 addresses) minus network and gateway = 254",
    });
    expect(podIpsPerNode(testDesign(), "ipv4", ctx).rule).toBe(
      "host-local: /24 (256 addresses) minus network, gateway and broadcast = 253",
    );
  });

  it("Cilium: a /31 yields nothing; an IPv6 /64 is capped at 65,536 first", () => {
    const d31 = testDesign({ ipv4: { nodeMask: 31 }, cni: cilium("cluster-pool") });
    expect(podIpsPerNode(d31, "ipv4", ctx)).toEqual({
      ips: 0n,
      rule: "Cilium: a /31 (2 addresses) has no allocatable range, so 0 pod IPs",
    });
    const d64 = testDesign({ ipv6: { nodeMask: 64 }, cni: cilium("cluster-pool") });
    expect(podIpsPerNode(d64, "ipv6", ctx).rule).toBe(
      "Cilium: /64 (2^64 addresses), capped at 65,536, minus first and last address, router (cilium_host) and health IPs = 65,532",
    );
    const d24 = testDesign({ cni: cilium("cluster-pool") });
    expect(podIpsPerNode(d24, "ipv4", ctx).rule).toBe(
      "Cilium: /24 (256 addresses) minus first and last address, router (cilium_host) and health IPs = 252",
    );
  });

  it("Cilium ENI: IPv4 only; prefix delegation gives 16 addresses a slot (3 × 9 × 16 = 432)", () => {
    const v6 = testDesign({ ipv6: {}, cni: cilium("eni") });
    expect(podIpsPerNode(v6, "ipv6", ctx)).toEqual({
      ips: 0n,
      rule: "Cilium ENI mode assigns IPv4 addresses only",
    });
    const pd = testDesign({ cni: cilium("eni", { prefixDelegation: true }) });
    expect(podIpsPerNode(pd, "ipv4", ctx)).toEqual({
      ips: 432n,
      rule: "Cilium ENI with prefix delegation: 3 ENIs × (10 IPs − 1 primary) × 16 per /28 prefix = 432",
    });
  });

  it("a family the design lacks has no plan and no node block", () => {
    const d = testDesign();
    expect(podIpsPerNode(d, "ipv6", ctx)).toEqual({ ips: 0n, rule: "no IPv6 plan" });
    expect(nodeBlockReservations(d, "ipv6")).toBeUndefined();
    const crd = testDesign({ cni: cilium("crd") });
    expect(nodeBlockReservations(crd, "ipv4")).toBeUndefined();
  });
});

describe("cloud addresses per node (Cilium ENI with prefix delegation)", () => {
  it("a node with no pods still takes its primary address; 17 pods take 2 prefixes and 1 ENI", () => {
    const pd = testDesign({ cni: cilium("eni", { prefixDelegation: true }) });
    expect(cloudAddressesPerNode(pd, 0n)).toBe(1n);
    // ceil(17 / 16) = 2 prefixes on ceil(2 / 9) = 1 ENI: 1 primary + 32 addresses.
    expect(cloudAddressesPerNode(pd, 17n)).toBe(33n);
    expect(cloudAddressesPerNode(testDesign({ cni: cilium("crd") }), 17n)).toBe(18n);
  });
});

describe("sumNodeSubnets: nested and touching pod ranges count once", () => {
  const plan = (cidr: string, nodeSubnets: bigint, unused = false) =>
    ({ prefix: p(cidr), nodeSubnets, withheld: 0n, unused }) as unknown as PodRangePlan;

  it("a range inside another adds nothing, whatever order they come in", () => {
    // 10.0.0.0/8 at /24 = 65,536 node ranges; 10.0.0.0/16 and 10.1.0.0/16 lie inside it.
    const inner = [plan("10.1.0.0/16", 256n), plan("10.0.0.0/16", 256n)];
    for (const ranges of [
      [plan("10.0.0.0/8", 65_536n), ...inner],
      [...inner, plan("10.0.0.0/8", 65_536n)],
      [inner[1]!, plan("10.0.0.0/8", 65_536n), inner[0]!],
    ]) {
      expect(sumNodeSubnets(ranges).nodeSubnets).toBe(65_536n);
    }
  });

  it("a single address at the cover's last address is inside it; one past is not", () => {
    const cover = plan("10.0.0.0/24", 256n);
    expect(sumNodeSubnets([cover, plan("10.0.0.255/32", 1n)]).nodeSubnets).toBe(256n);
    expect(sumNodeSubnets([cover, plan("10.0.1.0/32", 1n)]).nodeSubnets).toBe(257n);
    expect(sumNodeSubnets([cover, plan("10.0.1.0/32", 1n, true)]).nodeSubnets).toBe(256n);
  });

  it("withheld node ranges: a /12 Service range inside 10.0.0.0/8 withholds 4,096 /24s", () => {
    expect(withheldNodeSubnets(p("10.0.0.0/8"), 24, p("10.96.0.0/12"))).toBe(4096n);
    expect(withheldNodeSubnets(p("10.244.0.0/16"), 24, p("10.96.0.0/12"))).toBe(0n);
  });
});

describe("node networks", () => {
  it("are cloud subnets only where the node ranges come from the cloud", () => {
    expect(nodeNetworksAreCloud(testDesign({ cni: cilium("eni") }))).toBe(true);
    expect(nodeNetworksAreCloud(testDesign())).toBe(false);
  });

  it("say what they hold back per family; unparsable entries are left out", () => {
    expect(usableNodeAddressesRule(p("10.0.0.0/24"), false)).toBe(
      "minus network, gateway and broadcast",
    );
    expect(usableNodeAddressesRule(p("fd00::/64"), false)).toBe(
      "minus the subnet-router anycast address and the gateway",
    );
    const d = defaultDesign();
    d.nodes.networks = [
      { name: "bad", cidr: "10.0.0.0/33" },
      { name: "v6", cidr: "fd00::/120" },
    ];
    expect(nodeNetworkCapacities(d)).toEqual([
      {
        index: 1,
        name: "v6",
        cidr: "fd00::/120",
        family: "ipv6",
        usable: 254n,
        rule: "minus the subnet-router anycast address and the gateway",
      },
    ]);
  });
});

describe("NodePort range text", () => {
  it("reads lo-hi with spaces around, and nothing else", () => {
    expect(nodePortCapacity(" 30000 - 32767 ").size).toBe(2768);
    for (const bad of ["x30000-32767", "30000-32767x", "junk"]) {
      expect(nodePortCapacity(bad), bad).toEqual({
        first: 0,
        last: -1,
        size: 0,
        staticBand: undefined,
      });
    }
  });
});

describe("Service range indexes at their edges", () => {
  it("an IPv6 /127 has index 1 (the kubernetes Service); an IPv4 /31 does not", () => {
    // IPv6 skips only the network address (last index size − 1); IPv4 also the broadcast (size − 2).
    expect(kubernetesServiceIP(p("fd00::/127"))).toBe("fd00::1");
    expect(kubernetesServiceIP(p("fd00::/128"))).toBe("fd00::");
    expect(kubernetesServiceIP(p("10.0.0.0/31"))).toBe("10.0.0.0");
    expect(kubernetesServiceIP(p("10.0.0.0/30"))).toBe("10.0.0.1");
    // Index 10: an IPv4 /28 (last index 14) has it, a /29 (last index 6) does not.
    expect(clusterDNSIP(p("10.0.0.0/28"))).toBe("10.0.0.10");
    expect(clusterDNSIP(p("10.0.0.0/29"))).toBeUndefined();
  });

  it("reads the minor of 1.NN only, trimmed", () => {
    expect(kubernetesMinor(" 1.33 ")).toBe(33);
    for (const bad of ["v1.33", "1.33.2", "2.33"]) expect(kubernetesMinor(bad), bad).toBeNaN();
  });
});

describe("Calico block plan: the rule in words, and pools too small for a pod", () => {
  type CalicoCni = Extract<Cni, { kind: "calico" }>;
  const calicoWith = (s: Partial<CalicoCni>): Cni => ({
    ...(calico("calico-ipam") as CalicoCni),
    ...s,
  });

  it("VXLAN, default cap, no strict affinity: 110 pods + 1 tunnel address fill 2 blocks", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 },
      cni: calicoWith({}),
    });
    expect(calicoBlockPlan(d, "ipv4")?.rule).toBe(
      "Calico IPAM: /26 blocks of 64 addresses, every one assignable; a node claims up to 20 blocks per node (maxBlocksPerHost), 1,279 pod IPs of its own; 110 pods + 1 tunnel address fill 2 blocks; without strictAffinity a node whose blocks are full borrows from other nodes' blocks",
    );
  });

  it("no encapsulation, no cap, strict affinity: 64 pods fill 1 block", () => {
    const cni = calicoWith({
      encapsulation: "None",
      bgp: true,
      maxBlocksPerHost: 0,
      strictAffinity: true,
    });
    const d = testDesign({ ipv4: { podCidrs: ["10.244.0.0/24"], nodeMask: 26 }, cni, maxPods: 64 });
    expect(calicoBlockPlan(d, "ipv4")?.rule).toBe(
      "Calico IPAM: /26 blocks of 64 addresses, every one assignable; a node claims no maxBlocksPerHost limit, 256 pod IPs of its own; 64 pods fill 1 block; strictAffinity: a node never borrows, so its own blocks bound its pods",
    );
  });

  it("no blocks at all: no pod IPs, one block a node, no nodes (never negative)", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/24"], nodeMask: 26 },
      cni: calicoWith({}),
    });
    expect(calicoBlockPlan(d, "ipv4", 0n)).toMatchObject({
      affinePodIps: 0n,
      podsPerNode: 0,
      blocksPerNode: 1n,
      maxNodes: 0n,
    });
    const none = calicoWith({ encapsulation: "None", bgp: true });
    expect(calicoBlockPlan(testDesign({ cni: none }), "ipv4", 0n)).toMatchObject({
      podsPerNode: 0,
      blocksPerNode: 1n,
      maxNodes: 0n,
    });
  });

  it("/32 blocks, one a node, strict, with a tunnel: the tunnel takes the only address", () => {
    const cni = calicoWith({ strictAffinity: true, maxBlocksPerHost: 1 });
    const d = testDesign({ ipv4: { podCidrs: ["10.244.0.0/30"], nodeMask: 32 }, cni });
    expect(calicoBlockPlan(d, "ipv4")).toMatchObject({
      blocks: 4n,
      affinePodIps: 0n,
      podsPerNode: 0,
      maxNodes: 0n,
    });
  });
});

describe("the cluster's node ceiling", () => {
  it("dual-stack with IPv4 node networks only: IPv6 sets no room bound", () => {
    const d = testDesign({ ipv4: {}, ipv6: {} });
    const c = computeCapacity(d);
    expect(c.nodeNetworkRoom.ipv6).toBe(0n);
    expect(c.maxNodes).toBe(256n);
    expect(nodeCeilingReason(c)).toBe(
      "Bounded by the IPv4 pod ranges: 256 node ranges, one per node.",
    );
  });

  it("an IPv6-only design is bounded by its own pod ranges", () => {
    const d = testDesign({ ipv6: { podCidrs: ["fd00:10:244::/120"], nodeMask: 124 } });
    d.nodes.networks = [];
    const c = computeCapacity(d);
    expect(c.maxNodes).toBe(16n);
    expect(nodeCeilingReason(c)).toBe(
      "Bounded by the IPv6 pod ranges: 16 node ranges, one per node.",
    );
  });

  it("in cloud-network modes the node networks bound nodes and pods together", () => {
    const c = computeCapacity(testDesign({ cni: cilium("crd") }));
    expect(c.ipv4?.nodeSubnets).toBe(0n);
    expect(nodeCeilingReason(c)).toBe(
      "Bounded by the IPv4 node networks: 1,021 usable addresses shared by each node and its pods.",
    );
  });

  it("a design without a platform has no platform figures", () => {
    expect("platform" in computeCapacity(defaultDesign())).toBe(false);
    expect(computeCapacity(testDesign({ cni: defaultCni("aws-vpc") })).platform?.platform).toBe(
      "eks",
    );
  });
});
