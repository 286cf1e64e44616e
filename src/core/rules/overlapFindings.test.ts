import { describe, expect, it } from "vitest";
import { overlapExternal } from "./overlapExternal.ts";
import { overlapLbPools } from "./overlapLbPools.ts";
import {
  briefOf,
  check,
  lbPoolsOf,
  designWith,
  nodes,
  v4,
} from "../../../test/core/rules/testDesigns.ts";

describe("overlap-external: what moves, and the overlaps beyond the first", () => {
  const design = designWith({
    ipv4: v4({ podCidrs: ["10.244.0.0/16"] }),
    loadBalancer: lbPoolsOf("metallb", ["lb", "192.168.1.0/24"]),
    externalRanges: [
      { name: "vpn", cidr: "10.244.1.0/24" },
      { name: "lab", cidr: "10.244.2.0/24" },
      { name: "office", cidr: "192.168.0.0/16" },
      { name: "dmz", cidr: "192.168.1.128/25" },
    ],
  });
  // Run inside each test: a finding computed while the file loads escapes the mutant switched on
  // for a test (Stryker per-test coverage), so it could not notice a mutant.
  const findings = () => check(overlapExternal, design);

  it("a pod range: 'range' out of the external range, then one finding for the next", () => {
    const found = findings();
    expect(found[0]).toEqual({
      rule: "overlap-external",
      severity: "error",
      fields: ["ipv4.podCidrs.0", "externalRanges.0.cidr"],
      message:
        'The pod range 10.244.0.0/16 overlaps the external range "vpn" (10.244.1.0/24) (shared: 10.244.1.0/24); traffic from the cluster to those addresses stays inside the cluster and never reaches "vpn".',
      fix: "Move the range out of 10.244.1.0/24.",
      source: "routing",
    });
    expect(found[1]).toEqual({
      rule: "overlap-external",
      severity: "error",
      fields: ["ipv4.podCidrs.0", "externalRanges.1.cidr"],
      message:
        'The pod range 10.244.0.0/16 also overlaps 1 more range (external range "lab" (10.244.2.0/24)); traffic from the cluster to those addresses stays inside the cluster.',
      fix: "Move the range out of every external range.",
      source: "routing",
    });
  });

  it("a LoadBalancer pool: 'pool' in both fixes", () => {
    const found = findings();
    expect(found.slice(2).map(briefOf)).toEqual([
      [
        "error",
        "loadBalancer.pools.0.range externalRanges.2.cidr",
        "Move the pool out of 192.168.0.0/16.",
        "routing",
      ],
      [
        "error",
        "loadBalancer.pools.0.range externalRanges.3.cidr",
        "Move the pool out of every external range.",
        "routing",
      ],
    ]);
  });
});

describe("overlap-lb-pools: each kind of overlap with its own words", () => {
  it("MetalLB quotes the first CIDR of each pool holding the first shared address, whichever starts first", () => {
    // "wide" (later in the list) starts before "late": the shared part starts at .128.
    const design = designWith({
      loadBalancer: lbPoolsOf("metallb", ["late", "192.0.2.128/25"], ["wide", "192.0.2.0/24"]),
    });
    expect(check(overlapLbPools, design)).toEqual([
      {
        rule: "overlap-lb-pools",
        severity: "error",
        fields: ["loadBalancer.pools.1.range", "loadBalancer.pools.0.range"],
        message:
          'The LoadBalancer pool "wide" (192.0.2.0/24) overlaps the LoadBalancer pool "late" (192.0.2.128/25) (shared: 192.0.2.128/25); MetalLB refuses the configuration: "CIDR "192.0.2.0/24" in pool "wide" overlaps with already defined CIDR "192.0.2.128/25"".',
        fix: "Make LoadBalancer pools disjoint.",
        source: "MetalLB",
      },
    ]);
  });

  it("Cilium LB-IPAM marks the later pool Conflicting; a pool in the Service range collides with ClusterIPs", () => {
    const design = designWith({
      loadBalancer: lbPoolsOf(
        "cilium",
        ["a", "192.0.2.0/24"],
        ["b", "192.0.2.0/25"],
        ["svc", "10.96.0.10/32"],
      ),
    });
    expect(check(overlapLbPools, design)).toEqual([
      {
        rule: "overlap-lb-pools",
        severity: "error",
        fields: ["loadBalancer.pools.1.range", "loadBalancer.pools.0.range"],
        message:
          'The LoadBalancer pool "b" (192.0.2.0/25) overlaps the LoadBalancer pool "a" (192.0.2.0/24) (shared: 192.0.2.0/25); Cilium LB-IPAM marks the later pool Conflicting (condition cilium.io/PoolConflict) and hands out no addresses from it.',
        fix: "Make LoadBalancer pools disjoint.",
        source: "Cilium LB-IPAM",
      },
      {
        rule: "overlap-lb-pools",
        severity: "error",
        fields: ["loadBalancer.pools.2.range", "ipv4.serviceCidr"],
        message:
          'The LoadBalancer pool "svc" (10.96.0.10/32) overlaps the Service range 10.96.0.0/12 (shared: 10.96.0.10/32); LoadBalancer IPs would collide with ClusterIPs.',
        fix: "Move the pool out of the Service range.",
        source: "routing",
      },
    ]);
  });

  it("a pool across the pod and Service ranges, and a pool in two node networks (info)", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/16"], serviceCidr: "10.96.0.0/12" }),
      nodes: nodes({
        networks: [
          { name: "a", cidr: "192.168.0.0/24" },
          { name: "b", cidr: "192.168.0.0/25" },
        ],
      }),
      loadBalancer: lbPoolsOf(
        "metallb",
        ["both", "10.96.0.0-10.244.0.255"],
        ["l2", "192.168.0.10-192.168.0.20"],
      ),
    });
    const found = check(overlapLbPools, design);
    expect(found.map((f) => f.message)).toEqual([
      'The LoadBalancer pool "both" (10.96.0.0-10.244.0.255) overlaps the pod range 10.244.0.0/16 (shared: 10.244.0.0/24); LoadBalancer IPs would collide with pod IPs.',
      'The LoadBalancer pool "both" (10.96.0.0-10.244.0.255) also overlaps 1 more range (Service range 10.96.0.0/12); LoadBalancer IPs would collide with pod IPs or ClusterIPs.',
      'The LoadBalancer pool "l2" (192.168.0.10-192.168.0.20) lies in the node network "a" (192.168.0.0/24) (shared: 192.168.0.10-192.168.0.20), as L2 announcements need; keep those addresses out of DHCP and off every node.',
      'The LoadBalancer pool "l2" (192.168.0.10-192.168.0.20) also overlaps 1 more range (node network "b" (192.168.0.0/25)); keep those addresses out of DHCP and off every node.',
    ]);
    const dhcp = "Reserve the pool's addresses in the node network's DHCP/IPAM.";
    expect(found.map(briefOf)).toEqual([
      [
        "error",
        "loadBalancer.pools.0.range ipv4.podCidrs.0",
        "Move the pool out of the pod range.",
        "routing",
      ],
      [
        "error",
        "loadBalancer.pools.0.range ipv4.serviceCidr",
        "Move the pool out of the pod and Service ranges.",
        "routing",
      ],
      ["info", "loadBalancer.pools.1.range nodes.networks.0.cidr", dhcp, "MetalLB"],
      ["info", "loadBalancer.pools.1.range nodes.networks.1.cidr", dhcp, "MetalLB"],
    ]);
  });

  it("MetalLB pools overlapping more than one earlier pool: the rest in one finding", () => {
    const design = designWith({
      loadBalancer: lbPoolsOf(
        "metallb",
        ["a", "192.0.2.0/24"],
        ["b", "192.0.2.0/25"],
        ["c", "192.0.2.0/26"],
      ),
    });
    expect(check(overlapLbPools, design).map(briefOf)).toEqual([
      [
        "error",
        "loadBalancer.pools.1.range loadBalancer.pools.0.range",
        "Make LoadBalancer pools disjoint.",
        "MetalLB",
      ],
      [
        "error",
        "loadBalancer.pools.2.range loadBalancer.pools.0.range",
        "Make LoadBalancer pools disjoint.",
        "MetalLB",
      ],
      [
        "error",
        "loadBalancer.pools.2.range loadBalancer.pools.1.range",
        "Make LoadBalancer pools disjoint.",
        "MetalLB",
      ],
    ]);
  });
});

describe("overlap-lb-pools: a pool in one node network is one note", () => {
  it("no further finding when there is nothing further", () => {
    const design = designWith({
      nodes: nodes({ networks: [{ name: "lan", cidr: "192.168.1.0/24" }] }),
      loadBalancer: lbPoolsOf("metallb", ["pub", "192.168.1.240/28"]),
    });
    expect(check(overlapLbPools, design)).toEqual([
      {
        rule: "overlap-lb-pools",
        severity: "info",
        fields: ["loadBalancer.pools.0.range", "nodes.networks.0.cidr"],
        message:
          'The LoadBalancer pool "pub" (192.168.1.240/28) lies in the node network "lan" (192.168.1.0/24) (shared: 192.168.1.240/28), as L2 announcements need; keep those addresses out of DHCP and off every node.',
        fix: "Reserve the pool's addresses in the node network's DHCP/IPAM.",
        source: "MetalLB",
      },
    ]);
  });
});
