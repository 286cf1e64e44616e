import { describe, expect, it } from "vitest";
import { aksNetwork } from "./aksNetwork.ts";
import { apiserverAdvertiseFamily } from "./apiserverAdvertiseFamily.ts";
import { apiserverIpv6ServicePrefix } from "./apiserverIpv6ServicePrefix.ts";
import { apiserverServiceRangeMin } from "./apiserverServiceRangeMin.ts";
import { apiserverServiceRangeSize } from "./apiserverServiceRangeSize.ts";
import { buildContext } from "./buildContext.ts";
import {
  check,
  designWith,
  dualStack,
  ipv6Only,
  nodes,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

const PLANNING = "https://learn.microsoft.com/azure/aks/concepts-network-ip-address-planning";
const KUBENET = "https://learn.microsoft.com/azure/aks/configure-kubenet";

describe("aks-network at its edges", () => {
  const kubenet = (serviceCidr: string, maxPods: number, nodeMask = 24) =>
    check(
      aksNetwork,
      designWith({
        cni: { kind: "aks-kubenet" },
        ipv4: v4({ serviceCidr, nodeMask }),
        nodes: nodes({ maxPods }),
      }),
    );
  const RETIRES = {
    rule: "aks-network",
    severity: "warning",
    fields: ["cni.kind"],
    message: "kubenet on AKS retires on 31 March 2028; new clusters should use Azure CNI Overlay.",
    fix: "Pick Azure CNI Overlay.",
    source: KUBENET,
  };

  it("kubenet, maxPods 9 and a /12 Service range: refused, undocumented (warning), retiring", () => {
    expect(kubenet("10.0.0.0/12", 9)).toEqual([
      {
        rule: "aks-network",
        severity: "error",
        fields: ["nodes.maxPods"],
        message: "AKS takes --max-pods from 10 to 250; 9 is refused.",
        fix: "Set max pods between 10 and 250.",
        source: PLANNING,
      },
      {
        rule: "aks-network",
        severity: "warning",
        fields: ["ipv4.serviceCidr"],
        message:
          'AKS\'s Service CIDR "must be smaller than /12"; whether a /12 itself is accepted is not documented.',
        fix: "Use a /13 or smaller range (AKS's default is 10.0.0.0/16).",
        source: PLANNING,
      },
      RETIRES,
    ]);
  });

  it("maxPods 10 and 250 and a /13 pass; a /11 is refused; kubenet's node mask is /24", () => {
    expect(kubenet("10.0.0.0/13", 10)).toEqual([RETIRES]);
    expect(kubenet("10.0.0.0/13", 250)).toEqual([RETIRES]);
    expect(kubenet("10.0.0.0/13", 251).map((f) => f.message)).toEqual([
      "AKS takes --max-pods from 10 to 250; 251 is refused.",
      RETIRES.message,
    ]);
    expect(kubenet("10.0.0.0/11", 10, 25)).toEqual([
      {
        rule: "aks-network",
        severity: "error",
        fields: ["ipv4.serviceCidr"],
        message: 'AKS\'s Service CIDR "must be smaller than /12"; a /11 is refused.',
        fix: "Use a /13 or smaller range (AKS's default is 10.0.0.0/16).",
        source: PLANNING,
      },
      {
        rule: "aks-network",
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message:
          "AKS kubenet gives every node a /24 of the pod CIDR; a /25 per node is not what the cluster will do.",
        fix: "Set the IPv4 node mask to /24.",
        source: KUBENET,
      },
      RETIRES,
    ]);
  });

  it("Azure CNI Overlay: the Service size is checked here, max pods in aks-overlay", () => {
    const overlay = (serviceCidr: string) =>
      check(
        aksNetwork,
        designWith({
          cni: { kind: "azure-overlay" },
          ipv4: v4({ serviceCidr }),
          nodes: nodes({ maxPods: 251 }),
        }),
      );
    expect(overlay("10.0.0.0/13")).toEqual([]);
    expect(overlay("10.0.0.0/11").map((f) => [f.severity, f.fields])).toEqual([
      ["error", ["ipv4.serviceCidr"]],
    ]);
  });
});

describe("kube-apiserver's Service range checks at their edges", () => {
  const MIN_TEXT =
    '"error determining service IP ranges for primary service cidr: the service cluster IP range must be at least 8 IP addresses"';

  it("apiserver-service-range-min: /30 and /126 (4 addresses) refused, naming /29 and /125; /29 fine", () => {
    expect(
      check(apiserverServiceRangeMin, designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/30" }) })),
    ).toEqual([
      {
        rule: "apiserver-service-range-min",
        severity: "error",
        fields: ["ipv4.serviceCidr"],
        message: `Service range 10.96.0.0/30 has 4 addresses; kube-apiserver refuses to start: ${MIN_TEXT}.`,
        fix: "Use a Service range of at least 8 addresses (/29 or shorter); plan for many more.",
        source: "kube-apiserver",
      },
    ]);
    const six = check(apiserverServiceRangeMin, ipv6Only(v6({ serviceCidr: "fd00::/126" })));
    expect(six.map((f) => [f.fields, f.fix])).toEqual([
      [
        ["ipv6.serviceCidr"],
        "Use a Service range of at least 8 addresses (/125 or shorter); plan for many more.",
      ],
    ]);
    expect(
      check(apiserverServiceRangeMin, designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/29" }) })),
    ).toEqual([]);
  });

  it("apiserver-service-range-min: a /32 has one address, said in the singular", () => {
    const [finding] = check(
      apiserverServiceRangeMin,
      designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/32" }) }),
    );
    expect(finding?.message).toBe(
      `Service range 10.96.0.0/32 has 1 address; kube-apiserver refuses to start: ${MIN_TEXT}.`,
    );
  });

  it("apiserver-ipv6-service-prefix: /63 refused from 1.33, not on 1.32; /64 fine", () => {
    const at = (serviceCidr: string, kubernetesVersion: string) =>
      check(apiserverIpv6ServicePrefix, ipv6Only(v6({ serviceCidr }), { kubernetesVersion }));
    expect(at("fd00::/63", "1.33")).toEqual([
      {
        rule: "apiserver-ipv6-service-prefix",
        severity: "error",
        fields: ["ipv6.serviceCidr"],
        message:
          'IPv6 Service range fd00::/63 is shorter than /64; kube-apiserver\'s ServiceCIDR allocator refuses it: "shortest allowed prefix length for service CIDR is 64, got 63".',
        fix: "Use an IPv6 Service range of /64 or longer (a /108 or /112 is the usual choice).",
        source: "kube-apiserver",
      },
    ]);
    expect(at("fd00::/63", "1.32")).toEqual([]);
    expect(at("fd00::/64", "1.35")).toEqual([]);
  });

  it("apiserver-service-range-size: /11 and /107 refused on 1.33 (each flag named), fine on 1.34; /12 and /108 fine", () => {
    const at = (s4: string, s6: string, kubernetesVersion: string) =>
      check(
        apiserverServiceRangeSize,
        dualStack(v4({ serviceCidr: s4 }), v6({ serviceCidr: s6 }), { kubernetesVersion }),
      );
    expect(at("10.0.0.0/11", "fd00::/107", "1.33")).toEqual([
      {
        rule: "apiserver-service-range-size",
        severity: "error",
        fields: ["ipv4.serviceCidr"],
        message:
          'Service range 10.0.0.0/11 has more than 2^20 addresses; kube-apiserver 1.33 refuses to start: "specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12".',
        fix: "Use a /12 or longer Service range, or target Kubernetes 1.34 or later, where the limit is lifted.",
        source: "kube-apiserver",
      },
      {
        rule: "apiserver-service-range-size",
        severity: "error",
        fields: ["ipv6.serviceCidr"],
        message:
          'Service range fd00::/107 has more than 2^20 addresses; kube-apiserver 1.33 refuses to start: "specified --service-cluster-ip-range[1] is too large; for 128-bit addresses, the mask must be >= 108".',
        fix: "Use a /108 or longer Service range, or target Kubernetes 1.34 or later, where the limit is lifted.",
        source: "kube-apiserver",
      },
    ]);
    expect(at("10.0.0.0/11", "fd00::/107", "1.34")).toEqual([]);
    expect(at("10.0.0.0/12", "fd00::/108", "1.33")).toEqual([]);
  });

  it("apiserver-advertise-family: IPv6 primary with IPv4 node networks only", () => {
    const design = dualStack(v4(), v6(), { ipFamilies: ["ipv6", "ipv4"] });
    expect(check(apiserverAdvertiseFamily, design)).toEqual([
      {
        rule: "apiserver-advertise-family",
        severity: "error",
        fields: ["ipFamilies", "ipv6.serviceCidr", "nodes.networks.0.cidr"],
        message:
          'The primary family is IPv6 but every node network is IPv4, so the API server\'s advertise address cannot be IPv6; kube-apiserver refuses to start: "service IP family "fd00:10:96::/112" must match public address family "<advertise address>"".',
        fix: "Add an IPv6 node network, or make IPv4 the primary family.",
        source: "kube-apiserver",
      },
    ]);
    expect(check(apiserverAdvertiseFamily, dualStack())).toEqual([]);
  });
});

describe("kube-apiserver's checks without a family plan", () => {
  it("a family listed without its plan gives no primary Service range: both rules silent", () => {
    const noPlan = designWith();
    delete noPlan.ipv4;
    expect(apiserverAdvertiseFamily.check(buildContext(noPlan))).toEqual([]);
    expect(apiserverServiceRangeMin.check(buildContext(noPlan))).toEqual([]);
  });
});
