import { describe, expect, it } from "vitest";
import { overlapExternal } from "./overlapExternal.ts";
import { overlapLbPools } from "./overlapLbPools.ts";
import { overlapNodeNetworks } from "./overlapNodeNetworks.ts";
import { check, designWith, lbPoolsOf, nodes, v4 } from "../../../test/core/rules/testDesigns.ts";

// Whole findings of the overlap rules where a range meets one other range, or two (the second
// one reported by furtherOverlapsFinding): the wording each role gets and the "further" finding.

const POD_ASTRAY =
  "Nodes route pod addresses through the pod network, so traffic to the nodes in the shared part goes astray.";

describe("overlap-external: pools and ranges", () => {
  it("a LoadBalancer pool in an external range: 'Move the pool'; a pod range in two: one pair and one further", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/16"] }),
      loadBalancer: lbPoolsOf("metallb", ["pub", "172.16.5.0/28"]),
      externalRanges: [
        { name: "vpn", cidr: "172.16.0.0/16" },
        { name: "lab-a", cidr: "10.244.1.0/24" },
        { name: "lab-b", cidr: "10.244.2.0/24" },
      ],
    });
    expect(check(overlapExternal, design)).toEqual([
      {
        rule: "overlap-external",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "externalRanges.1.cidr"],
        message:
          'The pod range 10.244.0.0/16 overlaps the external range "lab-a" (10.244.1.0/24) (shared: 10.244.1.0/24); traffic from the cluster to those addresses stays inside the cluster and never reaches "lab-a".',
        fix: "Move the range out of 10.244.1.0/24.",
        source: "routing",
      },
      {
        rule: "overlap-external",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "externalRanges.2.cidr"],
        message:
          'The pod range 10.244.0.0/16 also overlaps 1 more range (external range "lab-b" (10.244.2.0/24)); traffic from the cluster to those addresses stays inside the cluster.',
        fix: "Move the range out of every external range.",
        source: "routing",
      },
      {
        rule: "overlap-external",
        severity: "error",
        fields: ["loadBalancer.pools.0.range", "externalRanges.0.cidr"],
        message:
          'The LoadBalancer pool "pub" (172.16.5.0/28) overlaps the external range "vpn" (172.16.0.0/16) (shared: 172.16.5.0/28); traffic from the cluster to those addresses stays inside the cluster and never reaches "vpn".',
        fix: "Move the pool out of 172.16.0.0/16.",
        source: "routing",
      },
    ]);
  });
});

describe("overlap-node-networks: a pod range over two node networks, node networks over each other", () => {
  it("the pod pair says the pod words, the second network comes as a further overlap", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/16"], serviceCidr: "10.96.0.0/12" }),
      nodes: nodes({
        networks: [
          { name: "a", cidr: "10.244.1.0/24" },
          { name: "b", cidr: "10.244.2.0/24" },
        ],
      }),
    });
    expect(check(overlapNodeNetworks, design)).toEqual([
      {
        rule: "overlap-node-networks",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "nodes.networks.0.cidr"],
        message: `The pod range 10.244.0.0/16 overlaps the node network "a" (10.244.1.0/24) (shared: 10.244.1.0/24). ${POD_ASTRAY}`,
        fix: "Pick a pod range outside every node network.",
        source: "routing",
      },
      {
        rule: "overlap-node-networks",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "nodes.networks.1.cidr"],
        message:
          'The pod range 10.244.0.0/16 also overlaps 1 more range (node network "b" (10.244.2.0/24)); traffic to the nodes in the shared parts goes astray.',
        fix: "Pick a pod range outside every node network.",
        source: "routing",
      },
    ]);
  });

  it("a node network over two earlier ones: one pair warning and one further warning", () => {
    const design = designWith({
      nodes: nodes({
        networks: [
          { name: "a", cidr: "192.168.1.0/24" },
          { name: "b", cidr: "192.168.2.0/24" },
          { name: "all", cidr: "192.168.0.0/16" },
        ],
      }),
    });
    const fix = "Make node networks disjoint, or merge them into one entry.";
    expect(check(overlapNodeNetworks, design)).toEqual([
      {
        rule: "overlap-node-networks",
        severity: "warning",
        fields: ["nodes.networks.2.cidr", "nodes.networks.0.cidr"],
        message:
          'The node network "all" (192.168.0.0/16) overlaps the node network "a" (192.168.1.0/24) (shared: 192.168.1.0/24); node addresses may be counted twice and routes become ambiguous.',
        fix,
        source: "routing",
      },
      {
        rule: "overlap-node-networks",
        severity: "warning",
        fields: ["nodes.networks.2.cidr", "nodes.networks.1.cidr"],
        message:
          'The node network "all" (192.168.0.0/16) also overlaps 1 more range (node network "b" (192.168.2.0/24)); node addresses may be counted twice and routes become ambiguous.',
        fix,
        source: "routing",
      },
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
