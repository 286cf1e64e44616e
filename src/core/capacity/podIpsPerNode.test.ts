import { describe, expect, it } from "vitest";
import { defaultCni } from "../design/defaults.ts";
import { nodeBlockReservations, podIpsPerNode } from "./podIpsPerNode.ts";
import { calico, cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";

const noCloud = { nodeNetworkRoom: 0n, nodesNeeded: 0 };
const v4 = (nodeMask: number) => ({ podCidrs: ["10.0.0.0/8"], nodeMask });
const v6 = (nodeMask: number) => ({ podCidrs: ["fd00:10::/48"], nodeMask });

describe("podIpsPerNode", () => {
  // reference/kubernetes.md 4 and cni.md 5: host-local IPv4 2^(32-m) - 3, IPv6 2^(128-m) - 2.
  it.each([
    ["ipv4", 24, 253n],
    ["ipv4", 25, 125n],
    ["ipv4", 26, 61n],
    ["ipv4", 27, 29n],
    ["ipv4", 28, 13n],
    ["ipv4", 23, 509n],
    ["ipv4", 30, 1n],
    ["ipv4", 31, 0n],
    ["ipv4", 32, 0n],
    ["ipv6", 120, 254n],
    ["ipv6", 126, 2n],
    ["ipv6", 127, 0n],
    ["ipv6", 64, (1n << 64n) - 2n],
  ] as const)("host-local %s /%i gives %s", (family, mask, expected) => {
    const design =
      family === "ipv4" ? testDesign({ ipv4: v4(mask) }) : testDesign({ ipv6: v6(mask) });
    expect(podIpsPerNode(design, family, noCloud).ips).toBe(expected);
  });

  // reference/cni.md 2.4: /24 -> 254 allocatable -> 252 for pods; /120 likewise; IPv6 capped at 65,536.
  it.each([
    ["ipv4", 24, 252n],
    ["ipv4", 29, 4n],
    ["ipv4", 30, 0n],
    ["ipv4", 31, 0n],
    ["ipv6", 120, 252n],
    ["ipv6", 112, 65_532n],
    ["ipv6", 64, 65_532n],
  ] as const)("Cilium %s /%i gives %s", (family, mask, expected) => {
    for (const ipam of ["cluster-pool", "kubernetes", "multi-pool"] as const) {
      const cni = cilium(ipam);
      const design =
        family === "ipv4"
          ? testDesign({ ipv4: v4(mask), cni })
          : testDesign({ ipv6: v6(mask), cni });
      expect(podIpsPerNode(design, family, noCloud).ips).toBe(expected);
    }
  });

  // reference/cni.md 3.1: blockSize 26 -> 64, 24 -> 256; 122 -> 64 (IPv6 default).
  it.each([
    ["ipv4", 26, 64n],
    ["ipv4", 24, 256n],
    ["ipv4", 32, 1n],
    ["ipv6", 122, 64n],
  ] as const)("Calico IPAM %s blockSize %i gives %s", (family, mask, expected) => {
    const cni = calico("calico-ipam");
    const design =
      family === "ipv4" ? testDesign({ ipv4: v4(mask), cni }) : testDesign({ ipv6: v6(mask), cni });
    const result = podIpsPerNode(design, family, noCloud);
    expect(result.ips).toBe(expected);
    expect(result.rule).toMatch(/^Calico IPAM/);
  });

  it("Calico with host-local and Flannel follow host-local", () => {
    for (const cni of [
      calico("host-local"),
      defaultCni("flannel"),
      defaultCni("kubelet-standalone"),
    ]) {
      expect(podIpsPerNode(testDesign({ ipv4: v4(24), cni }), "ipv4", noCloud).ips).toBe(253n);
    }
  });

  // reference/kubernetes.md 7 / cni.md 7: m5.large has 3 ENIs x 10 IPv4 each.
  it("Cilium ENI: m5.large 3 x 10 gives 27 pod IPs, 432 with prefix delegation", () => {
    const plain = testDesign({
      cni: cilium("eni", { enis: 3, ipsPerEni: 10, prefixDelegation: false }),
    });
    const pd = testDesign({
      cni: cilium("eni", { enis: 3, ipsPerEni: 10, prefixDelegation: true }),
    });
    expect(podIpsPerNode(plain, "ipv4", noCloud)).toEqual({
      ips: 27n,
      rule: "Cilium ENI: 3 ENIs × (10 IPs − 1 primary) = 27",
    });
    expect(podIpsPerNode(pd, "ipv4", noCloud).ips).toBe(432n);
    // t3.medium: 3 ENIs x 6 IPs -> 15 (the AWS max-pods figure 17 adds 2 host-network pods).
    const t3 = testDesign({ cni: cilium("eni", { enis: 3, ipsPerEni: 6 }) });
    expect(podIpsPerNode(t3, "ipv4", noCloud).ips).toBe(15n);
  });

  it("Cilium azure and crd share the node networks among the planned nodes, and say so", () => {
    for (const ipam of ["azure", "crd"] as const) {
      const design = testDesign({ cni: cilium(ipam) });
      const result = podIpsPerNode(design, "ipv4", { nodeNetworkRoom: 1_000n, nodesNeeded: 10 });
      expect(result.ips).toBe(99n);
      expect(result.rule).toContain("node networks");
      expect(podIpsPerNode(design, "ipv4", { nodeNetworkRoom: 0n, nodesNeeded: 10 }).ips).toBe(0n);
    }
  });

  it("says how the figure was reached", () => {
    expect(podIpsPerNode(testDesign({ ipv4: v4(24) }), "ipv4", noCloud).rule).toBe(
      "host-local: /24 (256 addresses) minus network, gateway and broadcast = 253",
    );
    expect(podIpsPerNode(testDesign({ ipv4: v4(31) }), "ipv4", noCloud).rule).toContain("refuses");
    expect(
      podIpsPerNode(testDesign({ ipv6: v6(64), cni: cilium("cluster-pool") }), "ipv6", noCloud)
        .rule,
    ).toContain("capped at 65,536");
  });

  it("is 0 for an absent family", () => {
    expect(podIpsPerNode(testDesign(), "ipv6", noCloud).ips).toBe(0n);
  });
});

describe("nodeBlockReservations", () => {
  it("marks network, gateway and broadcast of a host-local IPv4 block", () => {
    const r = nodeBlockReservations(testDesign({ ipv4: v4(24) }), "ipv4");
    expect(r?.fixed).toEqual([
      { index: 0n, role: "network" },
      { index: 1n, role: "gateway" },
      { index: 255n, role: "broadcast" },
    ]);
    expect(r?.floating).toEqual([]);
  });

  it("marks first and last plus a floating router and health IP under Cilium", () => {
    const r = nodeBlockReservations(
      testDesign({ ipv6: v6(64), cni: cilium("cluster-pool") }),
      "ipv6",
    );
    expect(r?.usableEnd).toBe(65_536n);
    expect(r?.fixed).toEqual([
      { index: 0n, role: "network" },
      { index: 65_535n, role: "last" },
    ]);
    expect(r?.floating.map((f) => f.role)).toEqual(["router", "health"]);
  });

  it("is undefined in cloud-network modes", () => {
    expect(nodeBlockReservations(testDesign({ cni: cilium("eni") }), "ipv4")).toBeUndefined();
  });
});
