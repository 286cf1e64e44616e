import { describe, expect, it } from "vitest";
import { dualStackNodeNetworks } from "./dualStackNodeNetworks.ts";
import { eksServiceCidr } from "./eksServiceCidr.ts";
import { flannelNetwork } from "./flannelNetwork.ts";
import { eksDesign } from "../../../test/core/rules/ruleCases/cloud.ts";
import {
  check,
  designWith,
  dualStack,
  ipv6Only,
  nodes,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

describe("dual-stack-node-networks names the missing family", () => {
  it("IPv4 node networks only: add IPv6; IPv6 only (IPv6 primary): add IPv4", () => {
    const text = (family: string) =>
      `The cluster is dual-stack but no node network is ${family}; nodes need an address of each family (kubelet --node-ip takes a pair like 10.100.0.2,fd00:1:2:3::2), or Services and pods of that family cannot reach them.`;
    expect(check(dualStackNodeNetworks, dualStack())).toEqual([
      {
        rule: "dual-stack-node-networks",
        severity: "warning",
        fields: ["nodes.networks", "ipFamilies"],
        message: text("IPv6"),
        fix: "Add the IPv6 node network.",
        source: "kubelet",
      },
    ]);
    const v6Nodes = dualStack(v4(), v6(), {
      ipFamilies: ["ipv6", "ipv4"],
      nodes: nodes({ networks: [{ name: "v6", cidr: "fd00:1::/64" }] }),
    });
    expect(check(dualStackNodeNetworks, v6Nodes).map((f) => [f.message, f.fix])).toEqual([
      [text("IPv4"), "Add the IPv4 node network."],
    ]);
  });

  it("silent with a node network of each family, or with none at all", () => {
    const both = nodes({
      networks: [
        { name: "v4", cidr: "10.0.0.0/22" },
        { name: "v6", cidr: "fd00:1::/64" },
      ],
    });
    expect(check(dualStackNodeNetworks, dualStack(v4(), v6(), { nodes: both }))).toEqual([]);
    expect(
      check(dualStackNodeNetworks, dualStack(v4(), v6(), { nodes: nodes({ networks: [] }) })),
    ).toEqual([]);
  });

  it("a single-family cluster is not this rule's: IPv4 with only an IPv6 node network is silent here", () => {
    const v6Nodes = nodes({ networks: [{ name: "v6", cidr: "fd00:1::/64" }] });
    expect(check(dualStackNodeNetworks, designWith({ nodes: v6Nodes }))).toEqual([]);
  });
});

describe("eks-service-cidr at /24 and /12 and the RFC 1918 blocks", () => {
  const svc = (serviceCidr: string) =>
    check(eksServiceCidr, eksDesign({}, { ipv4: v4({ serviceCidr }) }));
  const SOURCE =
    "https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html";
  const SIZE = (n: number) => `EKS accepts a Service range of /24 to /12; a /${n} is refused.`;

  it("/12 and /24 inside the private blocks are accepted; /11 and /25 are refused", () => {
    expect(svc("172.16.0.0/12")).toEqual([]);
    expect(svc("192.168.0.0/24")).toEqual([]);
    expect(svc("10.0.0.0/11")).toEqual([
      {
        rule: "eks-service-cidr",
        severity: "error",
        fields: ["ipv4.serviceCidr"],
        message: SIZE(11),
        fix: "Use a /24 to /12 (a /16 is common).",
        source: SOURCE,
      },
    ]);
    expect(svc("10.0.0.0/25").map((f) => f.message)).toEqual([SIZE(25)]);
  });

  it("a range just outside 172.16.0.0/12, and a public /8 (both refusals)", () => {
    const outside = (cidr: string) =>
      `EKS takes the Service range only from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; ${cidr} is refused when the cluster is created.`;
    expect(svc("172.32.0.0/24")).toEqual([
      {
        rule: "eks-service-cidr",
        severity: "error",
        fields: ["ipv4.serviceCidr"],
        message: outside("172.32.0.0/24"),
        fix: "Use a private range such as 172.20.0.0/16 that no VPC CIDR overlaps.",
        source: SOURCE,
      },
    ]);
    expect(svc("11.0.0.0/8").map((f) => f.message)).toEqual([outside("11.0.0.0/8"), SIZE(8)]);
  });

  it("IPv6: EKS picks from fc00::/7; a range outside it is a warning, inside (either end) silent", () => {
    const six = (serviceCidr: string) => {
      const d = eksDesign();
      return check(eksServiceCidr, {
        ...d,
        ipFamilies: ["ipv4", "ipv6"],
        ipv6: v6({ serviceCidr }),
      });
    };
    expect(six("fc00::/108")).toEqual([]);
    expect(
      check(eksServiceCidr, ipv6Only(v6({ serviceCidr: "fd00:10:96::/112" }), eksDesign())),
    ).toEqual([]);
    expect(six("fdff:ffff::/108")).toEqual([]);
    expect(six("2001:db8::/108")).toEqual([
      {
        rule: "eks-service-cidr",
        severity: "warning",
        fields: ["ipv6.serviceCidr"],
        message:
          "On IPv6 clusters EKS picks the Service range itself from fc00::/7 and it cannot be set; 2001:db8::/108 will not be used.",
        fix: "Use a range inside fc00::/7 that stands for EKS's choice, and read the real one from the cluster (serviceIpv6Cidr).",
        source: SOURCE,
      },
    ]);
  });
});

describe("flannel-network", () => {
  const tail =
    ', the same range as kube-controller-manager\'s --cluster-cidr; a node whose podCIDR lies outside it stops flannel: "subnet "…" specified in the flannel net config doesn\'t contain "…" PodCIDR of the "<node>" node". SubnetLen is ignored under --kube-subnet-mgr: the node mask comes from the controller manager.';

  it("names Network and IPv6Network from each family's first pod range", () => {
    expect(
      check(flannelNetwork, dualStack(v4(), v6(), { cni: { kind: "flannel", backend: "vxlan" } })),
    ).toEqual([
      {
        rule: "flannel-network",
        severity: "info",
        fields: ["ipv4.podCidrs.0", "ipv6.podCidrs.0"],
        message: `Flannel's net-conf.json must use Network = 10.244.0.0/16, IPv6Network = fd00:10:244::/56${tail}`,
        fix: "Change the pod range only together with Flannel's Network, and never on a running cluster.",
        source: "Flannel",
      },
    ]);
  });

  it("leaves out a family without a pod range", () => {
    const found = check(
      flannelNetwork,
      dualStack(v4(), v6({ podCidrs: [] }), { cni: { kind: "flannel", backend: "vxlan" } }),
    );
    expect(found.map((f) => f.message)).toEqual([
      `Flannel's net-conf.json must use Network = 10.244.0.0/16${tail}`,
    ]);
  });
});
