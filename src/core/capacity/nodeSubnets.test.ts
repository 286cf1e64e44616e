import { describe, expect, it } from "vitest";
import { defaultCni } from "../design/defaults.ts";
import { prefixOf, type Prefix } from "../ip/prefix.ts";
import { nodeSubnetCounts, withheldNodeSubnets } from "./nodeSubnets.ts";
import { calico, cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";

const p = (text: string): Prefix => {
  const prefix = prefixOf(text);
  if (!prefix) throw new Error(text);
  return prefix;
};

describe("nodeSubnetCounts", () => {
  it.each([
    // reference/kubernetes.md 9 and RKE2 docs: a /16 split into /24s gives 256 node ranges.
    ["/16 pods, /24 nodes", { podCidrs: ["10.244.0.0/16"], nodeMask: 24 }, 256n, 0n],
    // reference/cni.md 0: 2^(24-8) = 65,536, minus 2^(24-12) = 4,096 touching 10.96.0.0/12.
    ["10/8 with 10.96/12 Services", { podCidrs: ["10.0.0.0/8"], nodeMask: 24 }, 65_536n, 4_096n],
    // OpenShift: 10.128.0.0/14 with hostPrefix 23 = 2^9 = 512 node ranges.
    ["OpenShift /14 with /23", { podCidrs: ["10.128.0.0/14"], nodeMask: 23 }, 512n, 0n],
    [
      "equal prefix and mask: one node range",
      { podCidrs: ["10.244.0.0/24"], nodeMask: 24 },
      1n,
      0n,
    ],
    ["mask shorter than the prefix: none", { podCidrs: ["10.244.0.0/24"], nodeMask: 16 }, 0n, 0n],
    [
      "only the first pod range counts for kube-controller-manager",
      { podCidrs: ["10.244.0.0/16", "10.245.0.0/16"], nodeMask: 24 },
      256n,
      0n,
    ],
    [
      "Service range holding the whole pod range withholds all",
      { podCidrs: ["10.96.0.0/16"], nodeMask: 24 },
      256n,
      256n,
    ],
    [
      "Service range inside one node range withholds one",
      { podCidrs: ["10.0.0.0/8"], nodeMask: 16, serviceCidr: "10.96.0.0/24" },
      256n,
      1n,
    ],
  ])("%s (controller manager)", (_name, ipv4, nodeSubnets, withheld) => {
    const counts = nodeSubnetCounts(testDesign({ ipv4 }), "ipv4");
    expect(counts).toEqual({ nodeSubnets, withheld, usable: nodeSubnets - withheld });
  });

  it("withholds nothing under Cilium cluster-pool, which does not know the Service range", () => {
    const design = testDesign({ ipv4: { podCidrs: ["10.0.0.0/8"] }, cni: cilium("cluster-pool") });
    expect(nodeSubnetCounts(design, "ipv4")).toEqual({
      nodeSubnets: 65_536n,
      withheld: 0n,
      usable: 65_536n,
    });
  });

  it("withholds under Cilium kubernetes mode, where the controller manager allocates", () => {
    const design = testDesign({ ipv4: { podCidrs: ["10.0.0.0/8"] }, cni: cilium("kubernetes") });
    expect(nodeSubnetCounts(design, "ipv4").usable).toBe(61_440n);
  });

  it("sums every pool entry under Cilium cluster-pool and Calico IPAM", () => {
    const ipv4 = { podCidrs: ["10.244.0.0/16", "10.245.0.0/17"], nodeMask: 24 };
    for (const cni of [cilium("cluster-pool"), calico("calico-ipam")]) {
      expect(nodeSubnetCounts(testDesign({ ipv4, cni }), "ipv4").nodeSubnets).toBe(256n + 128n);
    }
  });

  // reference/kubernetes.md 9: node subnets per family are 2^(nodeMask − clusterMask) of the
  // cluster's addresses; addresses two overlapping pool entries share exist once (cni.md 160-166:
  // Cilium does not support overlapping pool CIDRs; the overlap is its own finding).
  it("counts overlapping pool entries once, whatever their order", () => {
    const cases: [string[], bigint][] = [
      [["10.244.0.0/16", "10.244.0.0/17"], 256n],
      [["10.244.128.0/17", "10.244.0.0/16", "10.245.0.0/24"], 257n],
      [["10.244.0.0/16", "10.244.0.0/16"], 256n],
      [["10.244.0.0/24", "10.244.1.0/24", "10.244.0.0/23"], 2n],
    ];
    for (const [podCidrs, nodeSubnets] of cases) {
      for (const cni of [cilium("cluster-pool"), calico("calico-ipam")]) {
        const design = testDesign({ ipv4: { podCidrs, nodeMask: 24 }, cni });
        expect(nodeSubnetCounts(design, "ipv4").nodeSubnets, podCidrs.join(",")).toBe(nodeSubnets);
      }
    }
  });

  it("gives an IPv6 /48 split into /64s 65,536 node ranges", () => {
    const design = testDesign({ ipv6: { podCidrs: ["fd00:10::/48"], nodeMask: 64 } });
    expect(nodeSubnetCounts(design, "ipv6").nodeSubnets).toBe(65_536n);
  });

  it("counts huge IPv6 splits exactly", () => {
    const design = testDesign({
      ipv6: { podCidrs: ["fd00::/8"], nodeMask: 120, serviceCidr: "fd00:96::/108" },
    });
    const counts = nodeSubnetCounts(design, "ipv6");
    expect(counts.nodeSubnets).toBe(1n << 112n);
    expect(counts.withheld).toBe(1n << 12n);
  });

  it("has no node ranges in cloud-network modes", () => {
    const design = testDesign({ cni: cilium("eni") });
    expect(nodeSubnetCounts(design, "ipv4").nodeSubnets).toBe(0n);
  });

  it("has no node ranges for a family the design lacks", () => {
    expect(nodeSubnetCounts(testDesign(), "ipv6").nodeSubnets).toBe(0n);
  });

  it("kubelet-standalone and Flannel use the first range; standalone withholds nothing", () => {
    const ipv4 = { podCidrs: ["10.0.0.0/8", "172.16.0.0/16"] };
    expect(
      nodeSubnetCounts(testDesign({ ipv4, cni: defaultCni("kubelet-standalone") }), "ipv4"),
    ).toEqual({ nodeSubnets: 65_536n, withheld: 0n, usable: 65_536n });
    expect(nodeSubnetCounts(testDesign({ ipv4, cni: defaultCni("flannel") }), "ipv4").usable).toBe(
      61_440n,
    );
  });
});

describe("withheldNodeSubnets", () => {
  it("is 0 for disjoint ranges", () => {
    expect(withheldNodeSubnets(p("10.244.0.0/16"), 24, p("10.96.0.0/12"))).toBe(0n);
  });
});
