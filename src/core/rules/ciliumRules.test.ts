import { describe, expect, it } from "vitest";
import { ciliumCloudIpam } from "./ciliumCloudIpam.ts";
import { ciliumIpamImmutable } from "./ciliumIpamImmutable.ts";
import { ciliumIpamTunnel } from "./ciliumIpamTunnel.ts";
import { ciliumIpv6MaskDiff } from "./ciliumIpv6MaskDiff.ts";
import { ciliumMaskOrder } from "./ciliumMaskOrder.ts";
import { ciliumNativeRouting } from "./ciliumNativeRouting.ts";
import { ciliumNodeMaskSize } from "./ciliumNodeMaskSize.ts";
import {
  check,
  cilium,
  designWith,
  dualStack,
  ipv6Only,
  nodes,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

describe("Cilium IPAM mode notes", () => {
  it("cilium-cloud-ipam: CRD pools come from an operator, ENI/Azure from the node networks", () => {
    expect(check(ciliumCloudIpam, dualStack(v4(), v6(), { cni: cilium("crd", "native") }))).toEqual(
      [
        {
          rule: "cilium-cloud-ipam",
          severity: "info",
          fields: ["cni.ipam", "ipv4.podCidrs.0", "ipv6.podCidrs.0"],
          message:
            "Under Cilium CRD pods take addresses from each CiliumNode's spec.ipam.pool, filled by an external operator; the design's pod ranges and node masks are ignored and no pod CIDR is exported.",
          fix: "Size the node networks for nodes plus pods instead.",
          source: "Cilium",
        },
      ],
    );
    expect(
      check(ciliumCloudIpam, designWith({ cni: cilium("eni", "native") })).map((f) => f.message),
    ).toEqual([
      "Under Cilium ENI (AWS) pods take addresses from the node (VPC/VNet) networks; the design's pod ranges and node masks are ignored and no pod CIDR is exported.",
    ]);
  });

  it("cilium-ipam-immutable: cluster-pool adds that its mask is fixed too; other modes do not", () => {
    const base =
      "cannot be changed on a running cluster: the docs warn it can break connectivity persistently; a new cluster is the safe path.";
    expect(check(ciliumIpamImmutable, designWith({ cni: cilium("cluster-pool") }))).toEqual([
      {
        rule: "cilium-ipam-immutable",
        severity: "info",
        fields: ["cni.ipam"],
        message: `Cilium's IPAM mode (Cilium cluster-pool) ${base} The per-node mask cannot change after install either; when the pool runs out, append a new entry, never edit existing ones.`,
        fix: "Choose the IPAM mode and mask size for the cluster's whole life now.",
        source: "Cilium docs",
      },
    ]);
    expect(
      check(ciliumIpamImmutable, designWith({ cni: cilium("kubernetes") })).map((f) => f.message),
    ).toEqual([`Cilium's IPAM mode (Cilium kubernetes (node.spec.podCIDR)) ${base}`]);
  });

  it("cilium-ipam-tunnel: multi-pool names its own docs and native-routing needs; ENI does not", () => {
    expect(check(ciliumIpamTunnel, designWith({ cni: cilium("multi-pool") }))).toEqual([
      {
        rule: "cilium-ipam-tunnel",
        severity: "error",
        fields: ["cni.routingMode", "cni.ipam"],
        message:
          'Cilium multi-pool IPAM does not support tunnel routing: the IPAM overview\'s feature table supports "Tunnel routing" only with Kubernetes host scope and cluster scope, and the multi-pool docs list tunnel mode as unsupported. The Helm values would say routingMode: tunnel.',
        fix: "Switch routing mode to native (with a native-routing CIDR and routes between nodes), or use cluster-pool IPAM.",
        source: "Cilium docs",
      },
    ]);
    expect(
      check(ciliumIpamTunnel, designWith({ cni: cilium("eni") })).map((f) => [f.message, f.fix]),
    ).toEqual([
      [
        'Cilium eni IPAM does not support tunnel routing: the IPAM overview\'s feature table supports "Tunnel routing" only with Kubernetes host scope and cluster scope. The Helm values would say routingMode: tunnel.',
        "Switch routing mode to native, or use cluster-pool IPAM.",
      ],
    ]);
    expect(check(ciliumIpamTunnel, designWith({ cni: cilium("kubernetes") }))).toEqual([]);
  });
});

describe("Cilium cluster-pool masks at their edges", () => {
  const pool = cilium("cluster-pool");

  it("cilium-ipv6-mask-diff: a /104 entry into /120 (16 bits) is fine, a /103 (17) refused", () => {
    const at = (entry: string) =>
      check(ciliumIpv6MaskDiff, ipv6Only(v6({ podCidrs: [entry], nodeMask: 120 }), { cni: pool }));
    expect(at("fd00::/104")).toEqual([]);
    expect(at("fd00::/103")).toEqual([
      {
        rule: "cilium-ipv6-mask-diff",
        severity: "error",
        fields: ["ipv6.podCidrs.0", "ipv6.nodeMask"],
        message:
          'clusterPoolIPv6PodCIDRList entry fd00::/103 split into /120 is 17 bits (more than 16); the Cilium operator refuses to start: "unable to initialize IPv6 allocator: New CIDR set failed; the node CIDR size is too big".',
        fix: "Use IPv6 pool entries of /104 or longer (Cilium's default is fd00::/104 with /120).",
        source: "cilium-operator",
      },
    ]);
  });

  it("cilium-mask-order: an entry as long as the mask yields one node range; one bit longer, none", () => {
    const at = (entry: string) =>
      check(
        ciliumMaskOrder,
        designWith({ ipv4: v4({ podCidrs: [entry], nodeMask: 24 }), cni: pool }),
      );
    expect(at("10.244.0.0/24")).toEqual([]);
    expect(at("10.244.0.0/25")).toEqual([
      {
        rule: "cilium-mask-order",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
        message:
          'Pool entry 10.244.0.0/25 is smaller than one /24 node range, so it yields none; every node allocation from it fails: "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range" (shown in CiliumNode status.ipam.operator-status).',
        fix: "Use a mask of /25 or longer, or a pool entry of /24 or shorter.",
        source: "cilium-operator",
      },
    ]);
  });

  it("cilium-node-mask-size: /29 silent, /30 a warning (the minimum), /31 an error", () => {
    const at = (nodeMask: number) =>
      check(ciliumNodeMaskSize, designWith({ ipv4: v4({ nodeMask }), cni: pool }));
    expect(at(29)).toEqual([]);
    expect(at(30)).toEqual([
      {
        rule: "cilium-node-mask-size",
        severity: "warning",
        fields: ["ipv4.nodeMask"],
        message:
          "clusterPoolIPv4MaskSize 30 is Cilium's documented minimum; the docs recommend at least /29. A /30 leaves 2 allocatable addresses, both taken by the router and health IPs.",
        fix: "Use /29 or shorter; the mask cannot change after install.",
        source: "Cilium docs",
      },
    ]);
    expect(at(31)).toEqual([
      {
        rule: "cilium-node-mask-size",
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message:
          "clusterPoolIPv4MaskSize 31 is below Cilium's documented minimum of /30: the per-node range has no address left for pods.",
        fix: "Use /29 or shorter (room for maxPods plus 4).",
        source: "Cilium docs",
      },
    ]);
  });
});

describe("cilium-native-routing-cidr", () => {
  const HELM = (v: string) =>
    `Without it Helm fails with "${v}NativeRoutingCIDR must be set when routingMode is native"`;
  const AGENT =
    ' when masquerading is set explicitly, else the agent fails at start-up: "native routing cidr must be configured with option --ipv4-native-routing-cidr in combination with …"';

  it("dual-stack: one note per family; only IPv4 names the agent's start-up failure", () => {
    const found = check(
      ciliumNativeRouting,
      dualStack(v4(), v6(), { cni: cilium("cluster-pool", "native") }),
    );
    expect(found).toEqual([
      {
        rule: "cilium-native-routing-cidr",
        severity: "info",
        fields: ["ipv4.podCidrs.0", "cni.routingMode"],
        message: `Native routing needs ipv4NativeRoutingCIDR = 10.244.0.0/16 (covering the IPv4 pod ranges). ${HELM("ipv4")}${AGENT}.`,
        fix: "Set ipv4NativeRoutingCIDR: 10.244.0.0/16 (the exports do).",
        source: "Cilium",
      },
      {
        rule: "cilium-native-routing-cidr",
        severity: "info",
        fields: ["ipv6.podCidrs.0", "cni.routingMode"],
        message: `Native routing needs ipv6NativeRoutingCIDR = fd00:10:244::/56 (covering the IPv6 pod ranges). ${HELM("ipv6")}.`,
        fix: "Set ipv6NativeRoutingCIDR: fd00:10:244::/56 (the exports do).",
        source: "Cilium",
      },
    ]);
  });

  it("a CIDR over two pod ranges that also covers a node network: a warning to regroup", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.1.0.0/16", "10.3.0.0/16"] }),
      cni: cilium("cluster-pool", "native"),
      nodes: nodes({ networks: [{ name: "n", cidr: "10.2.0.0/24" }] }),
    });
    expect(check(ciliumNativeRouting, design)).toEqual([
      {
        rule: "cilium-native-routing-cidr",
        severity: "warning",
        fields: ["ipv4.podCidrs.0", "ipv4.podCidrs.1", "cni.routingMode"],
        message: `Native routing needs ipv4NativeRoutingCIDR = 10.0.0.0/14 (covering the IPv4 pod ranges). ${HELM("ipv4")}${AGENT}. That CIDR also covers the node network "n" (10.2.0.0/24): traffic to it would not be masqueraded.`,
        fix: "Use pod ranges that sit in one block apart from the node networks, so the native-routing CIDR covers pods only.",
        source: "Cilium",
      },
    ]);
  });

  it("silent for cloud IPAM (no pod range) and for tunnel routing", () => {
    expect(check(ciliumNativeRouting, designWith({ cni: cilium("eni", "native") }))).toEqual([]);
    expect(check(ciliumNativeRouting, designWith({ cni: cilium("cluster-pool") }))).toEqual([]);
  });
});
