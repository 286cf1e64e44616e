import { describe, expect, it } from "vitest";
import { aksNetwork } from "./aksNetwork.ts";
import type { Design } from "../design/schema.ts";
import { check, designWith, v4, v6 } from "../../../test/core/rules/testDesigns.ts";
import { podSubnetDesign } from "../../../test/core/rules/ruleCases/cloud.ts";

// aks-network's pod-subnet and Cilium data-plane checks at their edges (reference/managed-clouds.md
// 3.3, 3.4); the max-pods, Service-size and kubenet edges are in apiserverAks.test.ts.

const POD_SUBNET_DOC =
  "https://learn.microsoft.com/azure/aks/concepts-network-azure-cni-pod-subnet";
const CILIUM_DOC = "https://learn.microsoft.com/azure/aks/azure-cni-powered-by-cilium";

describe("aks-network: Azure CNI with a pod subnet", () => {
  const podSubnet = (networks: Design["nodes"]["networks"]) =>
    check(aksNetwork, podSubnetDesign(networks));

  it("the pod subnet alone: an error asking for the node subnet beside it", () => {
    expect(podSubnet([{ name: "pods", cidr: "10.225.0.0/16" }])).toEqual([
      {
        rule: "aks-network",
        severity: "error",
        fields: ["nodes.networks"],
        message: "Azure CNI with a pod subnet needs a node subnet besides the pod subnet.",
        fix: "Add the node subnet.",
        source: POD_SUBNET_DOC,
      },
    ]);
  });

  it("the node subnet and the pod subnet: silent", () => {
    expect(
      podSubnet([
        { name: "aks-subnet", cidr: "10.224.0.0/16" },
        { name: "pods", cidr: "10.225.0.0/16" },
      ]),
    ).toEqual([]);
  });
});

describe("aks-network: Azure CNI powered by Cilium, dual-stack from Kubernetes 1.29", () => {
  const overlay = (
    dataplane: "azure" | "cilium",
    kubernetesVersion: string,
    ipFamilies: Design["ipFamilies"],
  ) =>
    check(
      aksNetwork,
      designWith({
        kubernetesVersion,
        ipFamilies,
        cni: { kind: "azure-overlay", dataplane },
        ipv4: v4({ serviceCidr: "10.0.0.0/16" }),
        ipv6: v6({ serviceCidr: "fd12:3456:789a:1::/108" }),
      }),
    );

  it("Cilium, dual-stack on 1.28: refused", () => {
    expect(overlay("cilium", "1.28", ["ipv4", "ipv6"])).toEqual([
      {
        rule: "aks-network",
        severity: "error",
        fields: ["kubernetesVersion"],
        message: "Azure CNI powered by Cilium supports dual-stack from Kubernetes 1.29 on.",
        fix: "Use Kubernetes 1.29 or later, or a single family.",
        source: CILIUM_DOC,
      },
    ]);
  });

  it("Cilium dual-stack on 1.29, Cilium IPv4 on 1.28, the Azure data plane dual-stack on 1.28: silent", () => {
    expect(overlay("cilium", "1.29", ["ipv4", "ipv6"])).toEqual([]);
    expect(overlay("cilium", "1.28", ["ipv4"])).toEqual([]);
    expect(overlay("azure", "1.28", ["ipv4", "ipv6"])).toEqual([]);
  });
});

describe("aks-network: --ip-families (reference/managed-clouds.md 3.4: ipv4 or ipv4,ipv6)", () => {
  const DUAL_DOC = "https://learn.microsoft.com/azure/aks/configure-dual-stack";
  const at = (kind: "azure-overlay" | "aks-kubenet", ipFamilies: Design["ipFamilies"]) =>
    check(
      aksNetwork,
      designWith({
        cni: { kind },
        ipFamilies,
        ipv4: v4(),
        ipv6: v6(),
      }),
    ).filter((f) => f.fields.includes("ipFamilies"));

  it("IPv4, and dual-stack with IPv4 first: silent", () => {
    expect(at("azure-overlay", ["ipv4"])).toEqual([]);
    expect(at("azure-overlay", ["ipv4", "ipv6"])).toEqual([]);
    expect(at("aks-kubenet", ["ipv4", "ipv6"])).toEqual([]);
  });

  it("dual-stack with IPv6 first: an error asking for IPv4 first", () => {
    expect(at("azure-overlay", ["ipv6", "ipv4"])).toEqual([
      {
        rule: "aks-network",
        severity: "error",
        fields: ["ipFamilies"],
        message: "AKS takes --ip-families ipv4 or ipv4,ipv6 only; ipv6,ipv4 is refused.",
        fix: "Make IPv4 the primary family (--ip-families ipv4,ipv6).",
        source: DUAL_DOC,
      },
    ]);
  });

  it("IPv6 only: an error asking for an IPv4 plan", () => {
    expect(at("aks-kubenet", ["ipv6"]).map((f) => [f.severity, f.message, f.fix])).toEqual([
      [
        "error",
        "AKS takes --ip-families ipv4 or ipv4,ipv6 only; ipv6 is refused.",
        "Add an IPv4 plan: AKS clusters are IPv4 or dual-stack with IPv4 first.",
      ],
    ]);
  });
});
