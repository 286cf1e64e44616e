import { defaultCni, defaultDesign } from "../../src/core/design/defaults.ts";
import { CLOUD_GOLDEN_CASES } from "./cloudGoldenCases.ts";
import type { CiliumIpam, Cni, Design, FamilyPlan, LbPool } from "../../src/core/design/schema.ts";

/** A named design whose exports are pinned in `__golden__/<name>/`. */
export interface GoldenCase {
  name: string;
  design: Design;
  /** Every target id `targetsFor` must return for this design, in registry order. */
  targets: string[];
  /** The targets whose files are pinned as golden files for this case. */
  pinned: string[];
}

type Families = "ipv4" | "ipv6" | "dual";

/** The sample design of reference/cni.md section 0, with an IPv6 Service range added. */
const SAMPLE: Record<"ipv4" | "ipv6", FamilyPlan> = {
  ipv4: { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
  ipv6: { podCidrs: ["fd00:10::/104"], nodeMask: 120, serviceCidr: "fd00:96::/112" },
};

/** kubeadm/kind-like defaults (reference/kubernetes.md section 6.4). */
const KUBEADM: Record<"ipv4" | "ipv6", FamilyPlan> = {
  ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/16" },
  ipv6: { podCidrs: ["fd00:10:244::/56"], nodeMask: 64, serviceCidr: "fd00:10:96::/112" },
};

interface Build {
  families: Families;
  cni: Cni;
  plans?: Record<"ipv4" | "ipv6", FamilyPlan>;
  pools?: LbPool[];
  provider?: "metallb" | "cilium";
  avoidBuggyIPs?: boolean;
  maxPods?: number;
  nodePortRange?: string;
}

function build(b: Build): Design {
  const base = defaultDesign();
  const plans = b.plans ?? SAMPLE;
  const families = b.families === "dual" ? (["ipv4", "ipv6"] as const) : ([b.families] as const);
  const design: Design = {
    ...base,
    name: "sample",
    ipFamilies: [...families],
    nodes: {
      ...base.nodes,
      networks: [
        { name: "nodes-v4", cidr: "192.168.0.0/22" },
        { name: "nodes-v6", cidr: "fd00:1:2:3::/64" },
      ],
      maxPods: b.maxPods ?? 110,
    },
    nodePortRange: b.nodePortRange ?? "30000-32767",
    loadBalancer: {
      provider: b.provider ?? "metallb",
      avoidBuggyIPs: b.avoidBuggyIPs ?? false,
      pools: b.pools ?? [],
    },
    cni: b.cni,
  };
  delete design.ipv4;
  for (const f of families) design[f] = structuredClone(plans[f]);
  return design;
}

const cilium = (
  ipam: CiliumIpam,
  routingMode: "tunnel" | "native",
  extra: Partial<Extract<Cni, { kind: "cilium" }>> = {},
): Cni => ({
  ...(defaultCni("cilium") as Extract<Cni, { kind: "cilium" }>),
  ipam,
  routingMode,
  ...extra,
});

/** AKS Azure CNI Overlay defaults (reference/kubernetes.md section 7); the IPv6 node mask is not exported. */
const AKS: Record<"ipv4" | "ipv6", FamilyPlan> = {
  ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.0.0.0/16" },
  // AKS gives every node an IPv6 /80 (reference/managed-clouds.md 3.4).
  ipv6: { podCidrs: ["fd12:3456:789a::/64"], nodeMask: 80, serviceCidr: "fd12:3456:789a:1::/108" },
};

const K8S = ["kubeadm", "kube-apiserver-flags", "kubelet-config"];
const KCM = ["kubeadm", "kube-controller-manager-flags", "kube-apiserver-flags", "kubelet-config"];
const PROXY = ["kube-proxy-config"];
const DISTROS = ["k3s-config", "rke2-config", "kind", "talos"];

/** The golden cases: every target in every mode and family it supports. */
export const GOLDEN_CASES: GoldenCase[] = [
  // Cilium cluster-pool: the reference sample (cni.md section 10) in tunnel and native routing.
  {
    name: "cilium-cluster-pool-dual-tunnel",
    design: build({ families: "dual", cni: cilium("cluster-pool", "tunnel") }),
    targets: ["cilium-values", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["cilium-values", "kubeadm", "k3s-config", "rke2-config", "kind", "talos"],
  },
  {
    name: "cilium-cluster-pool-dual-native",
    design: build({ families: "dual", cni: cilium("cluster-pool", "native") }),
    targets: ["cilium-values", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["cilium-values"],
  },
  {
    name: "cilium-cluster-pool-ipv4-geneve",
    design: build({
      families: "ipv4",
      cni: cilium("cluster-pool", "tunnel", { tunnelProtocol: "geneve" }),
    }),
    targets: ["cilium-values", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["cilium-values"],
  },
  {
    name: "cilium-cluster-pool-ipv6-native-two-pools",
    design: build({
      families: "ipv6",
      cni: cilium("cluster-pool", "native"),
      plans: { ...SAMPLE, ipv6: { ...SAMPLE.ipv6, podCidrs: ["fd00:10::/104", "fd00:11::/104"] } },
    }),
    targets: ["cilium-values", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["cilium-values", "kube-proxy-config", "kind"],
  },
  // Cilium kubernetes IPAM: kube-controller-manager allocates.
  {
    name: "cilium-kubernetes-dual-tunnel",
    design: build({ families: "dual", cni: cilium("kubernetes", "tunnel") }),
    targets: ["cilium-values", ...KCM, ...PROXY, ...DISTROS],
    pinned: ["cilium-values", "kubeadm", "kube-controller-manager-flags"],
  },
  {
    name: "cilium-kubernetes-ipv4-native",
    design: build({ families: "ipv4", cni: cilium("kubernetes", "native") }),
    targets: ["cilium-values", ...KCM, ...PROXY, ...DISTROS],
    pinned: ["cilium-values", "kube-controller-manager-flags"],
  },
  {
    name: "cilium-kubernetes-ipv6-native",
    design: build({ families: "ipv6", cni: cilium("kubernetes", "native") }),
    targets: ["cilium-values", ...KCM, ...PROXY, ...DISTROS],
    pinned: ["cilium-values", "kube-controller-manager-flags", "kubeadm"],
  },
  // Cilium multi-pool (native routing only).
  ...(["ipv4", "ipv6", "dual"] as const).map((families) => ({
    name: `cilium-multi-pool-${families}`,
    design: build({ families, cni: cilium("multi-pool", "native") }),
    targets: ["cilium-values", "cilium-pod-ip-pool", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["cilium-values", "cilium-pod-ip-pool"],
  })),
  // Cilium cloud modes: no pod range.
  ...(["eni", "azure", "crd"] as const).flatMap((ipam) =>
    (["ipv4", "ipv6", "dual"] as const).map((families) => ({
      name: `cilium-${ipam}-${families}`,
      design: build({
        families,
        cni: cilium(ipam, "native", { eni: { enis: 3, ipsPerEni: 10, prefixDelegation: true } }),
      }),
      targets: ["cilium-values", ...K8S],
      pinned: ["cilium-values", ...(families === "dual" && ipam === "eni" ? ["kubeadm"] : [])],
    })),
  ),
  // Cilium LB-IPAM.
  {
    name: "cilium-lb-ipam",
    design: build({
      families: "dual",
      cni: cilium("cluster-pool", "tunnel"),
      provider: "cilium",
      avoidBuggyIPs: true,
      pools: [
        { name: "lb-pool", range: "192.0.2.0/28" },
        { name: "lb-range", range: "198.51.100.10-198.51.100.20" },
        { name: "lb-v6", range: "2001:db8:0:1::/120" },
      ],
    }),
    targets: ["cilium-values", "cilium-lb-pool", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["cilium-lb-pool"],
  },
  // Calico, both IPAM modes, all families.
  ...(["ipv4", "ipv6", "dual"] as const).map((families) => ({
    name: `calico-ipam-${families}`,
    design: build({
      families,
      cni: { kind: "calico", ipam: "calico-ipam", encapsulation: "VXLAN", bgp: false },
    }),
    targets: ["calico-installation", "calico-ippool", ...K8S, ...PROXY, ...DISTROS],
    pinned: [
      "calico-installation",
      "calico-ippool",
      ...(families === "dual" ? ["kubeadm", "talos"] : []),
    ],
  })),
  {
    name: "calico-ipam-dual-ipip-bgp",
    design: build({
      families: "dual",
      cni: { kind: "calico", ipam: "calico-ipam", encapsulation: "IPIPCrossSubnet", bgp: true },
    }),
    targets: ["calico-installation", "calico-ippool", ...K8S, ...PROXY, ...DISTROS],
    pinned: ["calico-installation", "calico-ippool"],
  },
  ...(["ipv4", "ipv6", "dual"] as const).map((families) => ({
    name: `calico-host-local-${families}`,
    design: build({
      families,
      plans: KUBEADM,
      cni: {
        kind: "calico",
        ipam: "host-local",
        encapsulation: families === "ipv4" ? "IPIP" : "None",
        bgp: true,
      },
    }),
    targets: ["calico-installation", "calico-ippool", ...KCM, ...PROXY, ...DISTROS],
    pinned: ["calico-installation", "calico-ippool"],
  })),
  // Flannel, one backend per family.
  ...(
    [
      ["ipv4", "vxlan"],
      ["ipv6", "host-gw"],
      ["dual", "wireguard"],
    ] as const
  ).map(([families, backend]) => ({
    name: `flannel-${families}-${backend}`,
    design: build({ families, plans: KUBEADM, cni: { kind: "flannel", backend }, maxPods: 200 }),
    targets: ["flannel", ...KCM, ...PROXY, ...DISTROS],
    pinned: [
      "flannel",
      "k3s-config",
      "rke2-config",
      "kubeadm",
      "talos",
      "kind",
      "kube-controller-manager-flags",
    ],
  })),
  // Generic CNI (node.spec.podCIDR + host-local): the Kubernetes components and distributions.
  ...(["ipv4", "ipv6", "dual"] as const).map((families) => ({
    name: `generic-${families}`,
    design: build({
      families,
      plans: KUBEADM,
      cni: { kind: "generic" },
      nodePortRange: families === "ipv4" ? "30000-32767" : "30000-31999",
    }),
    targets: [...KCM, ...PROXY, ...DISTROS],
    pinned: [...KCM, ...PROXY, ...DISTROS],
  })),
  // kubelet standalone: each kubelet its own podCIDR.
  ...(["ipv4", "dual"] as const).map((families) => ({
    name: `kubelet-standalone-${families}`,
    design: build({ families, plans: KUBEADM, cni: { kind: "kubelet-standalone" } }),
    targets: [...K8S, ...PROXY],
    pinned: ["kubelet-config", "kubeadm"],
  })),
  // Azure CNI Overlay: AKS is managed, so only the az aks create flags apply.
  ...(["ipv4", "dual"] as const).map((families) => ({
    name: `azure-overlay-${families}`,
    design: build({ families, plans: AKS, cni: { kind: "azure-overlay" }, maxPods: 250 }),
    targets: ["aks-cli", "terraform-aks"],
    pinned: ["aks-cli"],
  })),
  // MetalLB.
  {
    name: "metallb-dual",
    design: build({
      families: "dual",
      plans: KUBEADM,
      cni: { kind: "generic" },
      avoidBuggyIPs: true,
      pools: [
        { name: "lb-pool", range: "192.0.2.0/28" },
        { name: "lb-range", range: "198.51.100.10 - 198.51.100.20" },
        { name: "lb-v6", range: "2001:db8:0:1::/120" },
      ],
    }),
    targets: ["metallb", ...KCM, ...PROXY, ...DISTROS],
    pinned: ["metallb"],
  },
  ...CLOUD_GOLDEN_CASES,
];
