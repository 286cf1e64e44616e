import { describe, expect, it } from "vitest";
import { gkeVpcNative } from "./gkeVpcNative.ts";
import { check, nodes, v6 } from "../../../test/core/rules/testDesigns.ts";
import { gkeDesign } from "../../../test/core/rules/ruleCases/cloud.ts";

// Whole findings of gke-vpc-native at its edges (reference/managed-clouds.md section 2).
// gkeDesign() is GKE Standard, 110 max pods, a /24 per node, the managed Service range and a
// /20 node subnet: quiet.

const POD_CIDR_DOC = "https://cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr";
const ALIAS_IP_DOC = "https://cloud.google.com/kubernetes-engine/docs/concepts/alias-ips";

/** GKE Standard with max pods and the per-node mask the flexible Pod CIDR table gives it (2.2). */
const standard = (maxPods: number, nodeMask: number) =>
  gkeDesign({
    ipv4: { podCidrs: ["10.4.0.0/14"], nodeMask, serviceCidr: "34.118.224.0/20" },
    nodes: nodes({ maxPods, networks: [{ name: "nodes", cidr: "10.0.0.0/20" }] }),
  });

const refused = (maxPods: number) => ({
  rule: "gke-vpc-native",
  severity: "error",
  fields: ["nodes.maxPods"],
  message: `GKE Standard takes 8 to 256 max pods per node; ${maxPods} is refused.`,
  fix: "Set max pods between 8 and 256 (110 is the default).",
  source: POD_CIDR_DOC,
});

describe("gke-vpc-native: max pods per node on Standard, 8 (/28) to 256 (/23)", () => {
  it("8 with a /28 and 256 with a /23 are silent", () => {
    expect(check(gkeVpcNative, standard(8, 28))).toEqual([]);
    expect(check(gkeVpcNative, standard(256, 23))).toEqual([]);
  });

  it("7 (still a /28) and 257 (a /22) are refused", () => {
    expect(check(gkeVpcNative, standard(7, 28))).toEqual([refused(7)]);
    expect(check(gkeVpcNative, standard(257, 22))).toEqual([refused(257)]);
  });
});

describe("gke-vpc-native: the families and the node subnet", () => {
  it("an IPv6-only design is not a GKE cluster: one error, nothing else checked", () => {
    const design = gkeDesign({
      ipFamilies: ["ipv6"],
      ipv6: v6(),
      nodes: nodes({ maxPods: 3, networks: [{ name: "nodes", cidr: "fd00:1::/64" }] }),
    });
    delete design.ipv4;
    expect(check(gkeVpcNative, design)).toEqual([
      {
        rule: "gke-vpc-native",
        severity: "error",
        fields: ["ipFamilies"],
        message:
          "GKE VPC-native clusters are IPv4 or dual-stack (ipv4-ipv6); an IPv6-only design is not a GKE cluster.",
        fix: "Add an IPv4 plan.",
        source: ALIAS_IP_DOC,
      },
    ]);
  });

  const NO_SUBNET = {
    rule: "gke-vpc-native",
    severity: "warning",
    fields: ["nodes.networks"],
    message:
      "A GKE cluster's nodes take addresses from a subnet's primary range; the design names none, so the node count it allows is unknown.",
    fix: "Add the node subnet's primary range as a node network.",
    source: ALIAS_IP_DOC,
  };

  it("no node network: a warning that the node count is unknown", () => {
    expect(check(gkeVpcNative, gkeDesign({ nodes: nodes({ networks: [] }) }))).toEqual([NO_SUBNET]);
  });

  it("dual-stack with only an IPv6 node network: the same warning (nodes need an IPv4 subnet)", () => {
    const design = gkeDesign({
      ipFamilies: ["ipv4", "ipv6"],
      ipv6: v6(),
      nodes: nodes({ networks: [{ name: "v6", cidr: "fd00:1::/64" }] }),
    });
    expect(check(gkeVpcNative, design)).toEqual([NO_SUBNET]);
  });
});
