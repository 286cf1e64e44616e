import { calico, cilium, designWith, dualStack, ipv6Only, nodes, v4, v6 } from "../testDesigns.ts";
import type { RuleCases } from "./types.ts";

/** Triggering and quiet designs for the Cilium, Calico, Flannel and kubelet-standalone rules. */
export const CNI_CASES: RuleCases = {
  triggers: [
    {
      rule: "aks-overlay",
      name: "Azure CNI Overlay with a /23 per node",
      design: designWith({ ipv4: v4({ nodeMask: 23 }), cni: { kind: "azure-overlay" } }),
      severity: "error",
      fields: ["ipv4.nodeMask"],
      contains: ["Azure CNI Overlay gives every node a /24"],
    },
    {
      rule: "aks-overlay",
      name: "Azure CNI Overlay with 251 pods per node",
      design: designWith({ cni: { kind: "azure-overlay" }, nodes: nodes({ maxPods: 251 }) }),
      severity: "error",
      fields: ["nodes.maxPods"],
      contains: ["AKS allows at most 250 pods per node"],
    },
    {
      rule: "aks-overlay",
      name: "Azure CNI Overlay with the Service range in 172.30.0.0/16",
      design: designWith({
        ipv4: v4({ serviceCidr: "172.30.128.0/17" }),
        cni: { kind: "azure-overlay" },
      }),
      severity: "error",
      fields: ["ipv4.serviceCidr"],
      contains: ["overlaps 172.30.0.0/16", "shared: 172.30.128.0/17", "AKS reserves"],
    },
    {
      rule: "pod-cidr-count",
      name: "kubelet standalone with two IPv4 ranges",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }),
        cni: { kind: "kubelet-standalone" },
      }),
      severity: "warning",
      fields: ["ipv4.podCidrs.1"],
      contains: ["not used"],
    },
    {
      rule: "cilium-mask-order",
      name: "pool entry smaller than the mask",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.200.0.0/25"] }),
        cni: cilium("cluster-pool"),
      }),
      severity: "error",
      fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
      contains: [
        "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range",
      ],
    },
    {
      rule: "cilium-ipv6-mask-diff",
      name: "IPv6 pool /100 with /120 (20 bits)",
      design: ipv6Only(v6({ podCidrs: ["fd00::/100"], nodeMask: 120 }), {
        cni: cilium("cluster-pool"),
      }),
      severity: "error",
      fields: ["ipv6.podCidrs.0", "ipv6.nodeMask"],
      contains: [
        // Cilium clusterpool.go Init: fmt.Errorf("unable to initialize IPv6 allocator: %w", err).
        "unable to initialize IPv6 allocator: New CIDR set failed; the node CIDR size is too big",
      ],
    },
    {
      rule: "cilium-node-mask-size",
      name: "IPv4 /31 is below the documented minimum",
      design: designWith({ ipv4: v4({ nodeMask: 31 }), cni: cilium("cluster-pool") }),
      severity: "error",
      fields: ["ipv4.nodeMask"],
      contains: ["minimum of /30"],
    },
    {
      rule: "cilium-node-mask-size",
      name: "IPv4 /30 is the minimum; /29 recommended",
      design: designWith({ ipv4: v4({ nodeMask: 30 }), cni: cilium("cluster-pool") }),
      severity: "warning",
      fields: ["ipv4.nodeMask"],
      contains: ["recommend at least /29"],
    },
    {
      rule: "cilium-ipam-tunnel",
      name: "multi-pool with tunnel routing",
      design: designWith({ cni: cilium("multi-pool", "tunnel") }),
      severity: "error",
      fields: ["cni.routingMode", "cni.ipam"],
      contains: ["does not support tunnel routing"],
    },
    ...(["eni", "azure", "crd"] as const).map((ipam) => ({
      rule: "cilium-ipam-tunnel",
      name: `${ipam} with tunnel routing (IPAM overview table: tunnel only with host/cluster scope)`,
      design: designWith({ cni: cilium(ipam, "tunnel") }),
      severity: "error" as const,
      fields: ["cni.routingMode", "cni.ipam"],
      contains: [`Cilium ${ipam} IPAM does not support tunnel routing`],
    })),
    {
      rule: "cilium-native-routing-cidr",
      name: "native routing: the CIDR the chart needs",
      design: designWith({ cni: cilium("cluster-pool", "native") }),
      severity: "info",
      fields: ["ipv4.podCidrs.0", "cni.routingMode"],
      contains: [
        "ipv4NativeRoutingCIDR = 10.244.0.0/16",
        "ipv4NativeRoutingCIDR must be set when routingMode is native",
        "native routing cidr must be configured with option --ipv4-native-routing-cidr in combination with",
      ],
    },
    {
      rule: "cilium-native-routing-cidr",
      name: "native routing CIDR spanning the node network",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.8.0.0/16"] }),
        cni: cilium("cluster-pool", "native"),
      }),
      severity: "warning",
      fields: ["ipv4.podCidrs.0", "ipv4.podCidrs.1", "cni.routingMode"],
      contains: ["ipv4NativeRoutingCIDR = 10.0.0.0/8", 'node network "nodes"'],
    },
    {
      rule: "cilium-cloud-ipam",
      name: "ENI ignores pod ranges",
      design: designWith({ cni: cilium("eni", "native") }),
      severity: "info",
      fields: ["cni.ipam", "ipv4.podCidrs.0"],
      contains: ["ignored"],
    },
    {
      rule: "cilium-ipam-immutable",
      name: "any Cilium mode",
      design: designWith({ cni: cilium("kubernetes") }),
      severity: "info",
      fields: ["cni.ipam"],
      contains: ["cannot be changed on a running cluster"],
    },
    {
      rule: "calico-block-size",
      name: "IPv4 block /19",
      design: designWith({
        ipv4: v4({ nodeMask: 19, podCidrs: ["10.244.0.0/16"] }),
        cni: calico(),
      }),
      severity: "error",
      fields: ["ipv4.nodeMask"],
      contains: ["IPv4 pool block size must be greater than 19 and less than or equal to 32"],
    },
    {
      rule: "calico-block-size",
      name: "IPv6 block /64",
      design: ipv6Only(v6({ nodeMask: 64 }), { cni: calico() }),
      severity: "error",
      fields: ["ipv6.nodeMask"],
      contains: ["IPv6 pool block size must be greater than 115 and less than or equal to 128"],
    },
    {
      rule: "calico-pool-size",
      name: "pool /27 with /26 blocks",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.0.0/27"], nodeMask: 26 }),
        cni: calico(),
      }),
      severity: "error",
      fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
      contains: ["IP pool size is too small. It must be equal to or greater than the block size"],
    },
    {
      rule: "calico-encapsulation",
      name: "IPIP on an IPv6 pool",
      design: dualStack(v4({ nodeMask: 26 }), v6({ nodeMask: 122 }), {
        cni: calico("calico-ipam", "IPIP", true),
      }),
      severity: "error",
      fields: ["cni.encapsulation", "ipFamilies"],
      contains: [
        "IPIP encapsulation is not supported by IPv6 pools, but it is set for fd00:10:244::/56",
      ],
    },
    {
      rule: "calico-encapsulation",
      name: "IPIP without BGP",
      design: designWith({ ipv4: v4({ nodeMask: 26 }), cni: calico("calico-ipam", "IPIP", false) }),
      severity: "error",
      fields: ["cni.encapsulation", "cni.bgp"],
      contains: ["with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled"],
    },
    {
      rule: "calico-encapsulation",
      name: "unencapsulated without BGP",
      design: designWith({ ipv4: v4({ nodeMask: 26 }), cni: calico("calico-ipam", "None", false) }),
      severity: "error",
      fields: ["cni.encapsulation", "cni.bgp"],
      contains: [
        "with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled",
      ],
    },
    {
      rule: "calico-encapsulation",
      name: "HostLocal IPAM with VXLAN",
      design: designWith({ cni: calico("host-local", "VXLAN", false) }),
      severity: "error",
      fields: ["cni.encapsulation", "cni.ipam"],
      contains: ["VXLAN is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM"],
    },
    {
      rule: "calico-link-local",
      name: "pool over 169.254.0.0/16",
      design: designWith({
        ipv4: v4({ podCidrs: ["169.254.0.0/16"], nodeMask: 26 }),
        cni: calico(),
      }),
      severity: "error",
      fields: ["ipv4.podCidrs.0"],
      contains: ["IP pool range overlaps with IPv4 Link Local range 169.254.0.0/16"],
    },
    {
      rule: "flannel-network",
      name: "Flannel's Network is the pod range",
      design: designWith({ cni: { kind: "flannel", backend: "vxlan" } }),
      severity: "info",
      fields: ["ipv4.podCidrs.0"],
      contains: ["Network = 10.244.0.0/16", "doesn't contain"],
    },
    {
      rule: "kubelet-standalone-pod-cidr",
      name: "hand-assigned ranges: 256 /24s in a /16",
      design: designWith({ cni: { kind: "kubelet-standalone" } }),
      severity: "info",
      fields: ["cni.ipam", "ipv4.nodeMask"],
      contains: ["256 /24 ranges (ipv4)"],
    },
  ],
  quiets: [
    {
      rule: "aks-overlay",
      name: "Azure CNI Overlay with AKS's defaults",
      design: designWith({
        ipv4: v4({ serviceCidr: "10.0.0.0/16" }),
        cni: { kind: "azure-overlay" },
        nodes: nodes({ networks: [{ name: "aks-subnet", cidr: "10.224.0.0/16" }], maxPods: 250 }),
      }),
    },
    {
      rule: "aks-overlay",
      name: "other CNIs may use a /23 and 172.30.0.0/16",
      design: designWith({ ipv4: v4({ nodeMask: 23, serviceCidr: "172.30.0.0/16" }) }),
    },
    {
      rule: "pod-cidr-count",
      name: "standalone with one range",
      design: designWith({ cni: { kind: "kubelet-standalone" } }),
    },
    {
      rule: "pod-cidr-count",
      name: "Cilium cluster-pool takes several",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }),
        cni: cilium("cluster-pool"),
      }),
    },
    {
      rule: "cilium-mask-order",
      name: "mask equal to the pool prefix",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.200.0.0/24"] }),
        cni: cilium("cluster-pool"),
      }),
    },
    {
      rule: "cilium-mask-order",
      name: "kube-controller-manager modes use the kcm rule",
      design: designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/25"] }) }),
    },
    {
      rule: "cilium-ipv6-mask-diff",
      name: "Cilium's default fd00::/104 with /120",
      design: ipv6Only(v6({ podCidrs: ["fd00::/104"], nodeMask: 120 }), {
        cni: cilium("cluster-pool"),
      }),
    },
    {
      rule: "cilium-ipv6-mask-diff",
      name: "IPv4 has no such limit",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask: 28 }),
        cni: cilium("cluster-pool"),
      }),
    },
    {
      rule: "cilium-node-mask-size",
      name: "/29",
      design: designWith({ ipv4: v4({ nodeMask: 29 }), cni: cilium("cluster-pool") }),
    },
    {
      rule: "cilium-ipam-tunnel",
      name: "multi-pool native",
      design: designWith({ cni: cilium("multi-pool", "native") }),
    },
    {
      rule: "cilium-ipam-tunnel",
      name: "cluster-pool tunnel",
      design: designWith({ cni: cilium("cluster-pool", "tunnel") }),
    },
    {
      rule: "cilium-native-routing-cidr",
      name: "tunnel routing",
      design: designWith({ cni: cilium("cluster-pool", "tunnel") }),
    },
    {
      rule: "cilium-native-routing-cidr",
      name: "ENI (no native CIDR needed)",
      design: designWith({ cni: cilium("eni", "native") }),
    },
    {
      rule: "cilium-cloud-ipam",
      name: "cluster-pool uses its pod ranges",
      design: designWith({ cni: cilium("cluster-pool") }),
    },
    { rule: "cilium-ipam-immutable", name: "not Cilium", design: designWith() },
    {
      rule: "calico-block-size",
      name: "defaults /26 and /122",
      design: dualStack(v4({ nodeMask: 26 }), v6({ nodeMask: 122 }), { cni: calico() }),
    },
    {
      rule: "calico-block-size",
      name: "host-local IPAM uses node masks, not blocks",
      design: designWith({ ipv4: v4({ nodeMask: 19 }), cni: calico("host-local", "IPIP", true) }),
    },
    {
      rule: "calico-pool-size",
      name: "/16 pool with /26 blocks",
      design: designWith({ ipv4: v4({ nodeMask: 26 }), cni: calico() }),
    },
    {
      rule: "calico-encapsulation",
      name: "VXLAN without BGP (the default)",
      design: dualStack(v4({ nodeMask: 26 }), v6({ nodeMask: 122 }), { cni: calico() }),
    },
    {
      rule: "calico-encapsulation",
      name: "IPIP with BGP on IPv4",
      design: designWith({ ipv4: v4({ nodeMask: 26 }), cni: calico("calico-ipam", "IPIP", true) }),
    },
    {
      rule: "calico-encapsulation",
      name: "host-local with IPIP and BGP",
      design: designWith({ cni: calico("host-local", "IPIP", true) }),
    },
    {
      rule: "calico-link-local",
      name: "default pods",
      design: designWith({ ipv4: v4({ nodeMask: 26 }), cni: calico() }),
    },
    { rule: "flannel-network", name: "not Flannel", design: designWith() },
    { rule: "kubelet-standalone-pod-cidr", name: "not standalone", design: designWith() },
  ],
};
