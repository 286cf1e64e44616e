import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { cloudAddressesPerNode, computeCapacity } from "./computeCapacity.ts";
import { cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";

describe("computeCapacity: worked numbers from the references", () => {
  it("/16 pods with /24 nodes: 256 node ranges, 253 host-local pod IPs, 110 pods per node", () => {
    const c = computeCapacity(testDesign({ ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24 } }));
    expect(c.ipv4).toMatchObject({
      nodeSubnets: 256n,
      usableNodeSubnets: 256n,
      withheldNodeSubnets: 0n,
      podIPsPerNode: 253n,
      podsPerNode: 110,
      clusterPods: 256n * 110n,
      maxNodes: 256n,
      serviceIPs: (1n << 20n) - 2n,
      kubernetesServiceIP: "10.96.0.1",
      clusterDNSIP: "10.96.0.10",
      staticBand: { first: "10.96.0.1", last: "10.96.1.0", size: 256n },
    });
    expect(c.ipv6).toBeUndefined();
  });

  it("10.0.0.0/8 pods with 10.96.0.0/12 Services: 61,440 usable under the controller manager, 65,536 under Cilium cluster-pool", () => {
    const ipv4 = { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" };
    const kcm = computeCapacity(testDesign({ ipv4 }));
    expect(kcm.ipv4).toMatchObject({
      nodeSubnets: 65_536n,
      withheldNodeSubnets: 4_096n,
      usableNodeSubnets: 61_440n,
    });
    const pool = computeCapacity(testDesign({ ipv4, cni: cilium("cluster-pool") }));
    expect(pool.ipv4).toMatchObject({
      nodeSubnets: 65_536n,
      withheldNodeSubnets: 0n,
      usableNodeSubnets: 65_536n,
      podIPsPerNode: 252n,
    });
  });

  it("IPv6 /108 Service range: 65,535 on 1.33, 2^20 - 1 on 1.34", () => {
    const ipv6 = { serviceCidr: "fd00:10:96::/108" };
    expect(computeCapacity(testDesign({ ipv6, version: "1.33" })).ipv6?.serviceIPs).toBe(65_535n);
    expect(computeCapacity(testDesign({ ipv6, version: "1.34" })).ipv6?.serviceIPs).toBe(
      (1n << 20n) - 1n,
    );
  });

  it("IPv6 /48 pods with /64 nodes: 65,536 node ranges", () => {
    const c = computeCapacity(testDesign({ ipv6: { podCidrs: ["fd00:10::/48"], nodeMask: 64 } }));
    expect(c.ipv6?.nodeSubnets).toBe(65_536n);
    expect(c.ipv6?.podIPsPerNode).toBe((1n << 64n) - 2n);
    expect(c.ipv6?.podsPerNode).toBe(110);
  });

  it("NodePort default band 30000-30085", () => {
    expect(computeCapacity(defaultDesign()).nodePorts).toEqual({
      first: 30000,
      last: 32767,
      size: 2768,
      staticBand: { first: 30000, last: 30085 },
    });
  });

  it("MetalLB pools: 192.0.2.0/28 -> 16 (15 with avoidBuggyIPs), 198.51.100.10-198.51.100.20 -> 11", () => {
    const d = defaultDesign();
    d.loadBalancer.pools = [
      { name: "cidr", range: "192.0.2.0/28" },
      { name: "run", range: "198.51.100.10-198.51.100.20" },
    ];
    expect(computeCapacity(d).lbPools.map((p) => p.addresses)).toEqual([16n, 11n]);
    d.loadBalancer.avoidBuggyIPs = true;
    expect(computeCapacity(d).lbPools.map((p) => p.addresses)).toEqual([15n, 11n]);
  });

  it("EKS m5.large under Cilium ENI: 27 pods per node, 432 pod IPs with prefix delegation (110 pods)", () => {
    const d = testDesign({
      cni: cilium("eni", { enis: 3, ipsPerEni: 10, prefixDelegation: false }),
    });
    d.nodes.networks = [{ name: "vpc-a", cidr: "10.0.0.0/24" }];
    const c = computeCapacity(d);
    expect(c.ipv4).toMatchObject({ podIPsPerNode: 27n, podsPerNode: 27, nodeSubnets: 0n });
    // 251 usable; each node takes 3 ENI primaries + 27 pod IPs = 30 -> 8 nodes.
    expect(c.nodeNetworkRoom.ipv4).toBe(251n);
    expect(c.ipv4?.maxNodes).toBe(8n);
    expect(c.maxNodes).toBe(8n);
    expect(c.ipv4?.clusterPods).toBe(8n * 27n);

    const pd = testDesign({
      cni: cilium("eni", { enis: 3, ipsPerEni: 10, prefixDelegation: true }),
    });
    const cpd = computeCapacity(pd);
    expect(cpd.ipv4?.podIPsPerNode).toBe(432n);
    expect(cpd.ipv4?.podsPerNode).toBe(110);
  });

  it("nodes needed = ceil(count x (1 + headroom/100)); cluster maxNodes is the smallest bound", () => {
    const d = defaultDesign(); // 50 nodes + 20 %, /16 pods in /24s, node network 10.0.0.0/22
    const c = computeCapacity(d);
    expect(c.nodesNeeded).toBe(60);
    expect(c.nodeNetworkRoom).toEqual({ ipv4: 1021n, ipv6: 0n });
    expect(c.maxNodes).toBe(256n);
    d.nodes = {
      ...d.nodes,
      count: 7,
      headroomPercent: 10,
      networks: [{ name: "n", cidr: "10.0.0.0/26" }],
    };
    const small = computeCapacity(d);
    expect(small.nodesNeeded).toBe(8);
    expect(small.maxNodes).toBe(61n);
  });

  it("dual-stack: the cluster's node ceiling is the smaller family", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24 },
      ipv6: { podCidrs: ["fd00:10:244::/56"], nodeMask: 64 },
    });
    d.nodes.networks = [];
    const c = computeCapacity(d);
    expect(c.ipv4?.maxNodes).toBe(256n);
    expect(c.ipv6?.maxNodes).toBe(256n);
    d.ipv6 = { ...d.ipv6!, podCidrs: ["fd00:10:244::/60"] };
    expect(computeCapacity(d).maxNodes).toBe(16n);
  });

  it("reports maxPods when it is below the usable pod IPs", () => {
    const c = computeCapacity(testDesign({ ipv4: { nodeMask: 26 }, maxPods: 250 }));
    expect(c.ipv4?.podsPerNode).toBe(61);
  });
});

describe("cloudAddressesPerNode", () => {
  it.each([
    [false, 27n, 3n + 27n],
    [false, 9n, 1n + 9n],
    [false, 10n, 2n + 10n],
    [false, 0n, 1n],
    [true, 110n, 1n + 112n],
    [true, 16n * 9n + 1n, 2n + 160n],
  ])("ENI (PD %s) with %s pods takes %s addresses", (prefixDelegation, pods, expected) => {
    const d = testDesign({ cni: cilium("eni", { enis: 3, ipsPerEni: 10, prefixDelegation }) });
    expect(cloudAddressesPerNode(d, pods)).toBe(expected);
  });
});

describe("computeCapacity: properties", () => {
  it("computes every preset without throwing", () => {
    for (const preset of PRESETS) {
      const c = computeCapacity(preset.design);
      for (const family of preset.design.ipFamilies) expect(c[family]).toBeDefined();
    }
    const openshift = PRESETS.find((p) => p.id === "openshift")!.design;
    // hostPrefix 23: host-local gives 2^9 - 3 = 509 (the reference's 510 for OVN-Kubernetes counts only
    // network and broadcast; the preset runs the generic host-local CNI); maxPods 250.
    expect(computeCapacity(openshift).ipv4).toMatchObject({
      podIPsPerNode: 509n,
      podsPerNode: 250,
      nodeSubnets: 512n,
    });
  });
});
