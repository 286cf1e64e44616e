import { describe, expect, it } from "vitest";
import { buildContext } from "./buildContext.ts";
import { cloudSubnetCapacity } from "./cloudSubnetCapacity.ts";
import { check, nodes } from "../../../test/core/rules/testDesigns.ts";
import {
  eksDesign,
  kubenetDesign,
  podSubnetDesign,
} from "../../../test/core/rules/ruleCases/cloud.ts";

// cloud-subnet-capacity at exact fit (reference/managed-clouds.md 1.1, 1.5, 1.6, 3.1, 3.3):
// EC2 and Azure keep 5 addresses of each subnet; AKS plans one surge node beyond the count.

const EKS_PREFIX_DOC =
  "https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses-procedure.html";
const FIX = "Use a larger subnet (or add one per zone), or plan fewer nodes or pods per node.";

const kubenet = kubenetDesign;

describe("cloud-subnet-capacity: nodes per subnet at exact fit", () => {
  // m5.large, 29 max pods, secondary IPs: 27 pod IPs on 3 ENIs of 10 = 30 addresses a node;
  // a /24 has 256 - 5 = 251 usable, 251 / 30 = 8 nodes; the count is spread over two zones.
  const eks = (count: number) =>
    eksDesign(
      {},
      {
        nodes: nodes({
          count,
          headroomPercent: 0,
          maxPods: 29,
          networks: [
            { name: "private-a", cidr: "10.0.0.0/24" },
            { name: "private-b", cidr: "10.0.1.0/24" },
          ],
        }),
      },
    );

  it("EKS: 16 nodes in two /24s (8 each) fit; 18 (9 each) do not, per zone", () => {
    expect(check(cloudSubnetCapacity, eks(16))).toEqual([]);
    const refused = (i: number, name: string, cidr: string, zone: string) => ({
      rule: "cloud-subnet-capacity",
      severity: "error",
      fields: [`nodes.networks.${i}`, "nodes.count"],
      message: `The subnet "${name}" ${cidr} (${zone}) has 251 usable addresses; at 30 addresses per node (Amazon VPC CNI, secondary IPs) it carries 8 nodes, fewer than the 9 it must hold.`,
      fix: FIX,
      source: "Amazon VPC CNI, secondary IPs",
    });
    expect(check(cloudSubnetCapacity, eks(18))).toEqual([
      refused(0, "private-a", "10.0.0.0/24", "eu-west-1a"),
      refused(1, "private-b", "10.0.1.0/24", "eu-west-1b"),
    ]);
  });

  it("AKS kubenet: a /29 (3 usable, 1 address a node) holds 2 nodes and the surge node, not 3", () => {
    expect(check(cloudSubnetCapacity, kubenet(2, 0, "10.224.0.0/29"))).toEqual([]);
    expect(check(cloudSubnetCapacity, kubenet(3, 0, "10.224.0.0/29"))).toEqual([
      {
        rule: "cloud-subnet-capacity",
        severity: "error",
        fields: ["nodes.networks.0", "nodes.count"],
        message:
          'The subnet "s" 10.224.0.0/29 has 3 usable addresses; at 1 address per node (AKS kubenet) it carries 3 nodes, fewer than the 4 it must hold.',
        fix: FIX,
        source: "AKS kubenet",
      },
    ]);
  });

  it("Azure CNI pod subnet (dynamic, 110 pods: 16 x ceil(118 / 16) = 128 a node): a /24 carries 1 node", () => {
    const design = podSubnetDesign(
      [
        { name: "aks-subnet", cidr: "10.224.0.0/16" },
        { name: "pods", cidr: "10.225.0.0/24" },
      ],
      { count: 1, headroomPercent: 0 },
    );
    expect(check(cloudSubnetCapacity, design)).toEqual([
      {
        rule: "cloud-subnet-capacity",
        severity: "error",
        fields: ["nodes.networks.1", "nodes.count"],
        message:
          'The pod subnet "pods" 10.225.0.0/24 has 251 usable addresses; at 128 addresses per node (Azure CNI with a pod subnet (dynamic)) it carries 1 node, fewer than the 2 it must hold.',
        fix: FIX,
        source: "Azure CNI with a pod subnet (dynamic)",
      },
    ]);
  });
});

describe("cloud-subnet-capacity: the platform's node limit (kubenet's 400 routes)", () => {
  const limit = (needed: string, severity: string) => ({
    rule: "cloud-subnet-capacity",
    severity,
    fields: ["nodes.count"],
    message: `kubenet routes each node's /24 through a route table of at most 400 routes; ${needed} nodes (with headroom) are more.`,
    fix: "Plan at most 400 nodes per cluster, or split the workload over clusters.",
    source: "AKS kubenet",
  });

  it("400 nodes: silent; 401: an error; 400 with 10 % headroom (440 needed): a warning", () => {
    expect(check(cloudSubnetCapacity, kubenet(400, 0, "10.224.0.0/16"))).toEqual([]);
    expect(check(cloudSubnetCapacity, kubenet(401, 0, "10.224.0.0/16"))).toEqual([
      limit("401", "error"),
    ]);
    expect(check(cloudSubnetCapacity, kubenet(400, 10, "10.224.0.0/16"))).toEqual([
      limit("440", "warning"),
    ]);
  });

  it("without capacity figures the rule says nothing", () => {
    expect(cloudSubnetCapacity.check(buildContext(kubenet(401, 0, "10.224.0.0/29")))).toEqual([]);
  });
});

describe("cloud-subnet-capacity: prefix delegation and scattered /28s", () => {
  // m5.large, 110 pods, WARM_PREFIX_TARGET 1: 8 prefixes and 1 ENI = 129 addresses a node;
  // a /20 has 254 whole /28s (4,091 usable: 31 nodes when contiguous); if each node's ENI
  // address breaks one more /28, a node takes 9: 254 / 9 = 28 nodes.
  const pd = (count: number) =>
    eksDesign(
      { ipam: "prefix-delegation" },
      {
        nodes: nodes({
          count,
          headroomPercent: 0,
          maxPods: 110,
          networks: [
            { name: "private-a", cidr: "10.0.0.0/20" },
            { name: "private-b", cidr: "10.0.16.0/20" },
          ],
        }),
      },
    );

  it("28 nodes a /20: silent; 29: InsufficientCidrBlocks may follow (a warning per subnet)", () => {
    expect(check(cloudSubnetCapacity, pd(56))).toEqual([]);
    const warn = (i: number, name: string, cidr: string, zone: string) => ({
      rule: "cloud-subnet-capacity",
      severity: "warning",
      fields: [`nodes.networks.${i}`],
      message: `The subnet "${name}" ${cidr} (${zone}) has 254 whole /28 prefixes: enough for 31 nodes when they stay contiguous, but only 28 if node and ENI addresses scatter across them, fewer than the 29 planned. Prefix attachment then fails with "InsufficientCidrBlocks: The specified subnet does not have enough free cidr blocks to satisfy the request".`,
      fix: "Give the nodes a larger subnet, or reserve the prefixes with a subnet CIDR reservation (type prefix).",
      source: EKS_PREFIX_DOC,
    });
    expect(check(cloudSubnetCapacity, pd(58))).toEqual([
      warn(0, "private-a", "10.0.0.0/20", "eu-west-1a"),
      warn(1, "private-b", "10.0.16.0/20", "eu-west-1b"),
    ]);
  });
});
