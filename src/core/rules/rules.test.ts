import { describe, expect, it } from "vitest";
import type { Design } from "../design/schema.ts";
import type { Severity } from "./finding.ts";
import { RULES } from "./registry.ts";
import {
  calico,
  check,
  cilium,
  designWith,
  dualStack,
  ipv6Only,
  nodes,
  v4,
  v6,
} from "./testDesigns.ts";

/** A design that must trigger `rule` with a finding of this severity, fields and message text. */
interface Trigger {
  rule: string;
  name: string;
  design: Design;
  severity: Severity;
  fields: string[];
  /** Texts the message must contain (component error texts copied from the references). */
  contains: string[];
}

/** A design on which `rule` must stay silent. */
interface Quiet {
  rule: string;
  name: string;
  design: Design;
}

const lbPools = (...ranges: [string, string][]): Design["loadBalancer"] => ({
  provider: "metallb",
  avoidBuggyIPs: false,
  pools: ranges.map(([name, range]) => ({ name, range })),
});

const TRIGGERS: Trigger[] = [
  {
    rule: "host-bits-set",
    name: "pod range with host bits set (masked by the controller manager)",
    design: designWith({ ipv4: v4({ podCidrs: ["10.244.1.0/16"] }) }),
    severity: "info",
    fields: ["ipv4.podCidrs.0"],
    contains: ["it means 10.244.0.0/16"],
  },
  {
    rule: "host-bits-set",
    name: "Calico pool not strictly masked",
    design: designWith({ ipv4: v4({ podCidrs: ["10.244.1.0/16"], nodeMask: 26 }), cni: calico() }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0"],
    contains: ["IP pool CIDR is not strictly masked"],
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
    rule: "apiserver-service-range-size",
    name: "IPv4 /11 on 1.33",
    design: designWith({ kubernetesVersion: "1.33", ipv4: v4({ serviceCidr: "10.64.0.0/11" }) }),
    severity: "error",
    fields: ["ipv4.serviceCidr"],
    contains: [
      "specified --service-cluster-ip-range is too large; for 32-bit addresses, the mask must be >= 12",
    ],
  },
  {
    rule: "apiserver-service-range-size",
    name: "secondary IPv6 /100 on 1.32 is reported as [1]",
    design: dualStack(v4(), v6({ serviceCidr: "fd00:10:96::/100" }), { kubernetesVersion: "1.32" }),
    severity: "error",
    fields: ["ipv6.serviceCidr"],
    contains: [
      "specified --service-cluster-ip-range[1] is too large; for 128-bit addresses, the mask must be >= 108",
    ],
  },
  {
    rule: "apiserver-service-range-min",
    name: "a /30 has 4 addresses",
    design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/30" }) }),
    severity: "error",
    fields: ["ipv4.serviceCidr"],
    contains: [
      "error determining service IP ranges for primary service cidr: the service cluster IP range must be at least 8 IP addresses",
    ],
  },
  {
    rule: "apiserver-ipv6-service-prefix",
    name: "IPv6 /48 Service range on 1.35",
    design: ipv6Only(v6({ serviceCidr: "fd00:96::/48" })),
    severity: "error",
    fields: ["ipv6.serviceCidr"],
    contains: ["shortest allowed prefix length for service CIDR is 64, got 48"],
  },
  {
    rule: "apiserver-advertise-family",
    name: "IPv6-only with IPv4 node networks",
    design: ipv6Only(v6(), { nodes: nodes() }),
    severity: "error",
    fields: ["ipFamilies", "ipv6.serviceCidr", "nodes.networks.0.cidr"],
    contains: ['service IP family "fd00:10:96::/112" must match public address family'],
  },
  {
    rule: "host-local-node-mask",
    name: "IPv4 /31 per node",
    design: designWith({ ipv4: v4({ nodeMask: 31 }) }),
    severity: "error",
    fields: ["ipv4.nodeMask"],
    contains: ["Network 10.244.0.0/31 too small to allocate from"],
  },
  {
    rule: "host-local-node-mask",
    name: "IPv6 /127 per node",
    design: ipv6Only(v6({ podCidrs: ["fd00:10:244::/112"], nodeMask: 127 })),
    severity: "error",
    fields: ["ipv6.nodeMask"],
    contains: ["Network fd00:10:244::/127 too small to allocate from"],
  },
  {
    rule: "overlap-pods-services",
    name: "the Cilium defaults: 10.0.0.0/8 pool over 10.96.0.0/12 under cluster-pool",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/8"] }),
      cni: cilium("cluster-pool"),
      nodes: nodes({ networks: [{ name: "n", cidr: "192.168.0.0/22" }] }),
    }),
    severity: "error",
    fields: ["ipv4.podCidrs.0", "ipv4.serviceCidr"],
    contains: ["10.96.0.0/12", "cilium/cilium PR #31504"],
  },
  {
    rule: "overlap-pods-services",
    name: "Calico IPAM does not know the Service range",
    design: designWith({ ipv4: v4({ podCidrs: ["10.96.0.0/11"], nodeMask: 26 }), cni: calico() }),
    severity: "error",
    fields: ["ipv4.podCidrs.0", "ipv4.serviceCidr"],
    contains: ["Calico IPAM does not know the Service range"],
  },
  {
    rule: "overlap-pods-services",
    name: "the controller manager withholds 4,096 of 65,536 /24s (reference: 61,440 usable)",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/8"] }),
      nodes: nodes({ networks: [{ name: "n", cidr: "192.168.0.0/22" }] }),
    }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0", "ipv4.serviceCidr"],
    contains: ["withholds the 4,096 /24 node ranges", "leaving 61,440 of 65,536"],
  },
  {
    rule: "overlap-pods-services",
    name: "a pod range inside the Service range leaves no node range",
    design: designWith({ ipv4: v4({ podCidrs: ["10.96.0.0/16"] }) }),
    severity: "error",
    fields: ["ipv4.podCidrs.0", "ipv4.serviceCidr"],
    contains: [
      "CIDRNotAvailable",
      "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range",
    ],
  },
  {
    rule: "overlap-node-networks",
    name: "pods over the node network",
    design: designWith({ ipv4: v4({ podCidrs: ["10.0.0.0/16"] }) }),
    severity: "error",
    fields: ["ipv4.podCidrs.0", "nodes.networks.0.cidr"],
    contains: ["shared: 10.0.0.0/22"],
  },
  {
    rule: "overlap-node-networks",
    name: "Service range over the node network",
    design: designWith({ ipv4: v4({ serviceCidr: "10.0.0.0/16" }) }),
    severity: "error",
    fields: ["ipv4.serviceCidr", "nodes.networks.0.cidr"],
    contains: ["must not overlap with any IP ranges assigned to nodes or pods"],
  },
  {
    rule: "overlap-node-networks",
    name: "two node networks sharing addresses",
    design: designWith({
      nodes: nodes({
        networks: [
          { name: "a", cidr: "10.0.0.0/22" },
          { name: "b", cidr: "10.0.2.0/24" },
        ],
      }),
    }),
    severity: "warning",
    fields: ["nodes.networks.1.cidr", "nodes.networks.0.cidr"],
    contains: ["shared: 10.0.2.0/24"],
  },
  {
    rule: "overlap-pod-ranges",
    name: "Cilium pool entries that collide",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.200.0.0/16", "10.200.128.0/17"] }),
      cni: cilium("cluster-pool"),
    }),
    severity: "error",
    fields: ["ipv4.podCidrs.1", "ipv4.podCidrs.0"],
    contains: ["requested CIDR 10.200.128.0/17 collides with"],
  },
  {
    rule: "overlap-lb-pools",
    name: "MetalLB pools overlap (range summarised into CIDRs first)",
    design: designWith({
      loadBalancer: lbPools(["a", "192.168.1.0/24"], ["b", "192.168.1.100-192.168.1.120"]),
    }),
    severity: "error",
    fields: ["loadBalancer.pools.1.range", "loadBalancer.pools.0.range"],
    contains: [
      'CIDR "192.168.1.100/30" in pool "b" overlaps with already defined CIDR "192.168.1.0/24"',
    ],
  },
  {
    rule: "overlap-lb-pools",
    name: "a pool inside the pod range",
    design: designWith({ loadBalancer: lbPools(["a", "10.244.5.0/28"]) }),
    severity: "error",
    fields: ["loadBalancer.pools.0.range", "ipv4.podCidrs.0"],
    contains: ["collide with pod IPs"],
  },
  {
    rule: "overlap-lb-pools",
    name: "a pool in the node network (L2 announcements) is only noted",
    design: designWith({ loadBalancer: lbPools(["l2", "10.0.3.200-10.0.3.250"]) }),
    severity: "info",
    fields: ["loadBalancer.pools.0.range", "nodes.networks.0.cidr"],
    contains: ["DHCP"],
  },
  {
    rule: "overlap-external",
    name: "pods over an on-prem range",
    design: designWith({ externalRanges: [{ name: "on-prem", cidr: "10.244.128.0/20" }] }),
    severity: "error",
    fields: ["ipv4.podCidrs.0", "externalRanges.0.cidr"],
    contains: ['never reaches "on-prem"'],
  },
  {
    rule: "special-ranges",
    name: "node network in link-local (never)",
    design: designWith({ nodes: nodes({ networks: [{ name: "ll", cidr: "169.254.10.0/24" }] }) }),
    severity: "error",
    fields: ["nodes.networks.0.cidr"],
    contains: ["169.254.0.0/16", "RFC 3927"],
  },
  {
    rule: "special-ranges",
    name: "LoadBalancer pool in TEST-NET-1 (avoid)",
    design: designWith({ loadBalancer: lbPools(["doc", "192.0.2.0/28"]) }),
    severity: "warning",
    fields: ["loadBalancer.pools.0.range"],
    contains: ["192.0.2.0/24", "RFC 5737"],
  },
  {
    rule: "special-ranges",
    name: "pods in CGNAT space (caution on a routed cluster range)",
    design: designWith({ ipv4: v4({ podCidrs: ["100.64.0.0/16"] }) }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0"],
    contains: ["100.64.0.0/10", "RFC 6598"],
  },
  {
    rule: "special-ranges",
    name: "node network in CGNAT space (caution, info)",
    design: designWith({ nodes: nodes({ networks: [{ name: "cg", cidr: "100.70.0.0/22" }] }) }),
    severity: "info",
    fields: ["nodes.networks.0.cidr"],
    contains: ["100.64.0.0/10"],
  },
  {
    rule: "cilium-mask-order",
    name: "pool entry smaller than the mask",
    design: designWith({ ipv4: v4({ podCidrs: ["10.200.0.0/25"] }), cni: cilium("cluster-pool") }),
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
    contains: ["New CIDR set failed; the node CIDR size is too big"],
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
    rule: "cilium-multi-pool-tunnel",
    name: "multi-pool with tunnel routing",
    design: designWith({ cni: cilium("multi-pool", "tunnel") }),
    severity: "error",
    fields: ["cni.routingMode", "cni.ipam"],
    contains: ["does not support tunnel routing"],
  },
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
    design: designWith({ ipv4: v4({ nodeMask: 19, podCidrs: ["10.244.0.0/16"] }), cni: calico() }),
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
    design: designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/27"], nodeMask: 26 }), cni: calico() }),
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
    design: designWith({ ipv4: v4({ podCidrs: ["169.254.0.0/16"], nodeMask: 26 }), cni: calico() }),
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
  {
    rule: "capacity-nodes",
    name: "300 nodes, 256 /24s in a /16 (reference: 256 node subnets)",
    design: designWith({
      nodes: nodes({ count: 300, networks: [{ name: "n", cidr: "10.0.0.0/20" }] }),
    }),
    severity: "error",
    fields: ["ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.count"],
    contains: [
      "256 usable /24 node ranges",
      "CIDRNotAvailable",
      "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range",
    ],
  },
  {
    rule: "capacity-nodes",
    name: "250 nodes fit but 300 with 20% headroom do not",
    design: designWith({
      nodes: nodes({
        count: 250,
        headroomPercent: 20,
        networks: [{ name: "n", cidr: "10.0.0.0/20" }],
      }),
    }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.headroomPercent"],
    contains: ["not for 300 with 20% headroom"],
  },
  {
    rule: "capacity-nodes",
    name: "Calico: nodes beyond the blocks borrow (warning)",
    design: designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 26 }), cni: calico() }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.count"],
    contains: ["borrow"],
  },
  {
    rule: "capacity-pods-per-node",
    name: "/26 per node gives 61 host-local pod IPs (< 110)",
    design: designWith({ ipv4: v4({ nodeMask: 26 }), nodes: nodes({ count: 10 }) }),
    severity: "warning",
    fields: ["ipv4.nodeMask", "nodes.maxPods"],
    contains: ["only 61 IPv4 pod IPs", "capped at 61"],
  },
  {
    rule: "capacity-pods-per-node",
    name: "cloud IPAM: 60 nodes share a /24 VNet subnet (251 usable: 4 each, minus the node's own)",
    design: designWith({
      cni: cilium("azure", "native"),
      nodes: nodes({ count: 50, networks: [{ name: "vnet", cidr: "10.0.0.0/24" }] }),
    }),
    severity: "warning",
    fields: ["nodes.maxPods", "cni.ipam"],
    contains: ["only 3 IPv4 pod IPs"],
  },
  {
    rule: "capacity-node-network",
    name: "a /26 node network (61 usable) for 70 nodes",
    design: designWith({
      nodes: nodes({ count: 70, networks: [{ name: "n", cidr: "10.0.0.0/26" }] }),
    }),
    severity: "error",
    fields: ["nodes.networks.0.cidr", "nodes.count"],
    contains: ["61 usable addresses", "fewer than the 70 planned nodes"],
  },
  {
    rule: "capacity-node-network",
    name: "55 nodes fit a /26, 66 with headroom do not",
    design: designWith({
      nodes: nodes({
        count: 55,
        headroomPercent: 20,
        networks: [{ name: "n", cidr: "10.0.0.0/26" }],
      }),
    }),
    severity: "warning",
    fields: ["nodes.networks.0.cidr", "nodes.headroomPercent"],
    contains: ["not for 66 with headroom"],
  },
  {
    rule: "capacity-node-network",
    name: "cloud IPAM: 300 nodes in a /24 VNet subnet",
    design: designWith({
      cni: cilium("azure", "native"),
      nodes: nodes({ count: 300, networks: [{ name: "vnet", cidr: "10.0.0.0/24" }] }),
    }),
    severity: "error",
    fields: ["nodes.networks.0.cidr", "nodes.count"],
    contains: [
      "251 usable addresses",
      "pods taking node-network addresses",
      "fewer than the 300 planned nodes",
    ],
  },
  {
    rule: "scale-guidance",
    name: "250 pods per node",
    design: designWith({ nodes: nodes({ maxPods: 250 }) }),
    severity: "info",
    fields: ["nodes.maxPods"],
    contains: ["110 pods per node"],
  },
  {
    rule: "scale-guidance",
    name: "6,000 nodes",
    design: designWith({ nodes: nodes({ count: 6000, headroomPercent: 0 }) }),
    severity: "info",
    fields: ["nodes.count"],
    contains: ["6,000 nodes", "5,000"],
  },
  {
    rule: "kubeadm-subnet-min-size",
    name: "Service /29 (8 addresses)",
    design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/29" }) }),
    severity: "warning",
    fields: ["ipv4.serviceCidr"],
    contains: ["subnet with 8 address(es) is too small, the minimum is 10"],
  },
  {
    rule: "kubeadm-subnet-min-size",
    name: "pod /29 (8 addresses)",
    design: designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/29"], nodeMask: 30 }) }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0"],
    contains: ["subnet with 8 address(es) is too small, the minimum is 14"],
  },
  {
    rule: "kubeadm-service-subnet-size",
    name: "IPv4 /11 even on 1.35",
    design: designWith({ ipv4: v4({ serviceCidr: "10.64.0.0/11" }) }),
    severity: "warning",
    fields: ["ipv4.serviceCidr"],
    contains: [
      "specified service subnet is too large; for 32-bit addresses, the mask must be >= 12",
    ],
  },
  {
    rule: "kubeadm-service-subnet-size",
    name: "IPv6 /100",
    design: ipv6Only(v6({ serviceCidr: "fd00:10:96::/100" })),
    severity: "warning",
    fields: ["ipv6.serviceCidr"],
    contains: ["for 128-bit addresses, the mask must be >= 108"],
  },
  {
    rule: "kubeadm-pod-node-mask",
    name: "IPv4 /8 into /25: 17 bits (the controller manager accepts it)",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask: 25, serviceCidr: "172.20.0.0/16" }),
    }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
    contains: ["pod subnet mask (8) and node-mask (25) difference is greater than 16"],
  },
  {
    rule: "kubeadm-pod-node-mask",
    name: "pod /25 with /24 per node",
    design: designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/25"] }) }),
    severity: "warning",
    fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
    contains: [
      "the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24",
    ],
  },
  {
    rule: "kubeadm-site-local",
    name: "IPv6 pods in fec0::/10",
    design: ipv6Only(v6({ podCidrs: ["fec0:10:244::/56"] })),
    severity: "warning",
    fields: ["ipv6.podCidrs.0"],
    contains: ["fec0::/10"],
  },
  {
    rule: "dual-stack-node-networks",
    name: "dual-stack with IPv4 node networks only",
    design: dualStack(),
    severity: "warning",
    fields: ["nodes.networks", "ipFamilies"],
    contains: ["no node network is IPv6"],
  },
  {
    rule: "node-port-range",
    name: "NodePorts from 80",
    design: designWith({ nodePortRange: "80-10000" }),
    severity: "warning",
    fields: ["nodePortRange"],
    contains: ["below 1024"],
  },
  {
    rule: "node-port-range",
    name: "NodePorts in the ephemeral range",
    design: designWith({ nodePortRange: "40000-42767" }),
    severity: "warning",
    fields: ["nodePortRange"],
    contains: ["32768-60999"],
  },
  {
    rule: "kubernetes-version",
    name: "1.29 is older than the known range",
    design: designWith({ kubernetesVersion: "1.29" }),
    severity: "info",
    fields: ["kubernetesVersion"],
    contains: ["older than"],
  },
  {
    rule: "kubernetes-version",
    name: "1.37 is newer than the known range",
    design: designWith({ kubernetesVersion: "1.37" }),
    severity: "info",
    fields: ["kubernetesVersion"],
    contains: ["newer than"],
  },
  {
    rule: "cluster-domain",
    name: "a custom cluster domain",
    design: designWith({ clusterDomain: "corp.internal" }),
    severity: "info",
    fields: ["clusterDomain"],
    contains: ["cluster.local"],
  },
];

const QUIETS: Quiet[] = [
  { rule: "host-bits-set", name: "canonical CIDRs", design: designWith() },
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
    rule: "apiserver-service-range-size",
    name: "/11 on 1.34 (limit lifted)",
    design: designWith({ kubernetesVersion: "1.34", ipv4: v4({ serviceCidr: "10.64.0.0/11" }) }),
  },
  {
    rule: "apiserver-service-range-size",
    name: "/12 on 1.33 (exactly at the limit)",
    design: designWith({ kubernetesVersion: "1.33" }),
  },
  {
    rule: "apiserver-service-range-size",
    name: "IPv6 /108 on 1.33",
    design: ipv6Only(v6({ serviceCidr: "fd00:10:96::/108" }), { kubernetesVersion: "1.33" }),
  },
  {
    rule: "apiserver-service-range-min",
    name: "/29 has 8 addresses",
    design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/29" }) }),
  },
  {
    rule: "apiserver-ipv6-service-prefix",
    name: "IPv6 /64",
    design: ipv6Only(v6({ serviceCidr: "fd00:96::/64" })),
  },
  {
    rule: "apiserver-ipv6-service-prefix",
    name: "IPv6 /48 on 1.32 (old allocator; the /108 limit reports it)",
    design: ipv6Only(v6({ serviceCidr: "fd00:96::/48" }), { kubernetesVersion: "1.32" }),
  },
  {
    rule: "apiserver-advertise-family",
    name: "IPv6-only with an IPv6 node network",
    design: ipv6Only(),
  },
  {
    rule: "apiserver-advertise-family",
    name: "no node networks",
    design: ipv6Only(v6(), { nodes: nodes({ networks: [] }) }),
  },
  {
    rule: "host-local-node-mask",
    name: "IPv4 /30",
    design: designWith({ ipv4: v4({ nodeMask: 30 }) }),
  },
  {
    rule: "host-local-node-mask",
    name: "Calico IPAM /31 blocks are not host-local",
    design: designWith({ ipv4: v4({ nodeMask: 31 }), cni: calico() }),
  },
  { rule: "overlap-pods-services", name: "default design", design: designWith() },
  {
    rule: "overlap-pods-services",
    name: "ENI: pod ranges unused",
    design: designWith({ ipv4: v4({ podCidrs: ["10.0.0.0/8"] }), cni: cilium("eni", "native") }),
  },
  { rule: "overlap-node-networks", name: "default design", design: designWith() },
  {
    rule: "overlap-pod-ranges",
    name: "disjoint pool entries",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.200.0.0/16", "10.201.0.0/16"] }),
      cni: cilium("cluster-pool"),
    }),
  },
  {
    rule: "overlap-lb-pools",
    name: "disjoint pools outside everything",
    design: designWith({
      loadBalancer: lbPools(["a", "192.168.1.0/25"], ["b", "192.168.1.128-192.168.1.200"]),
    }),
  },
  {
    rule: "overlap-external",
    name: "external range elsewhere",
    design: designWith({ externalRanges: [{ name: "vpn", cidr: "172.30.0.0/16" }] }),
  },
  { rule: "special-ranges", name: "default design", design: designWith() },
  {
    rule: "special-ranges",
    name: "external ranges are not checked",
    design: designWith({ externalRanges: [{ name: "metadata", cidr: "169.254.0.0/16" }] }),
  },
  {
    rule: "cilium-mask-order",
    name: "mask equal to the pool prefix",
    design: designWith({ ipv4: v4({ podCidrs: ["10.200.0.0/24"] }), cni: cilium("cluster-pool") }),
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
    rule: "cilium-multi-pool-tunnel",
    name: "multi-pool native",
    design: designWith({ cni: cilium("multi-pool", "native") }),
  },
  {
    rule: "cilium-multi-pool-tunnel",
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
  {
    rule: "capacity-nodes",
    name: "200 nodes + 20% in 256 ranges",
    design: designWith({
      nodes: nodes({
        count: 200,
        headroomPercent: 20,
        networks: [{ name: "n", cidr: "10.0.0.0/20" }],
      }),
    }),
  },
  { rule: "capacity-pods-per-node", name: "/24 gives 253 host-local IPs", design: designWith() },
  {
    rule: "capacity-node-network",
    name: "default design (/22 for 60 nodes)",
    design: designWith(),
  },
  { rule: "scale-guidance", name: "default design", design: designWith() },
  {
    rule: "kubeadm-subnet-min-size",
    name: "Service /28 and pod /28 (16 addresses)",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/28"], nodeMask: 28, serviceCidr: "10.96.0.0/28" }),
    }),
  },
  { rule: "kubeadm-service-subnet-size", name: "/12", design: designWith() },
  {
    rule: "kubeadm-pod-node-mask",
    name: "IPv4 /8 into /24 (16 bits)",
    design: designWith({ ipv4: v4({ podCidrs: ["10.0.0.0/8"], serviceCidr: "172.20.0.0/16" }) }),
  },
  {
    rule: "kubeadm-pod-node-mask",
    name: "Cilium cluster-pool does not use kubeadm's podSubnet check",
    design: designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask: 28 }),
      cni: cilium("cluster-pool"),
    }),
  },
  { rule: "kubeadm-site-local", name: "ULA pods", design: ipv6Only() },
  {
    rule: "dual-stack-node-networks",
    name: "both families have node networks",
    design: dualStack(v4(), v6(), {
      nodes: nodes({
        networks: [
          { name: "a", cidr: "10.0.0.0/22" },
          { name: "b", cidr: "fd00:1::/64" },
        ],
      }),
    }),
  },
  { rule: "node-port-range", name: "default 30000-32767", design: designWith() },
  {
    rule: "kubernetes-version",
    name: "1.36 (newest known)",
    design: designWith({ kubernetesVersion: "1.36" }),
  },
  { rule: "cluster-domain", name: "cluster.local", design: designWith() },
];

const byId = new Map(RULES.map((r) => [r.id, r]));
const ruleOf = (id: string) => {
  const rule = byId.get(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

describe("every rule fires on a design that breaks it", () => {
  it.each(TRIGGERS.map((t) => [`${t.rule}: ${t.name}`, t] as const))("%s", (_, t) => {
    const found = check(ruleOf(t.rule), t.design);
    const match = found.find(
      (f) => f.severity === t.severity && t.contains.every((c) => f.message.includes(c)),
    );
    expect(match, JSON.stringify(found, null, 1)).toBeDefined();
    expect(match?.rule).toBe(t.rule);
    expect(match?.fields).toEqual(t.fields);
    expect(match?.fix).toBeTruthy();
    expect(match?.source).toBeTruthy();
  });
});

describe("every rule stays silent on a design that is fine for it", () => {
  it.each(QUIETS.map((q) => [`${q.rule}: ${q.name}`, q] as const))("%s", (_, q) => {
    expect(check(ruleOf(q.rule), q.design)).toEqual([]);
  });
});

describe("coverage of the tables", () => {
  it("every registered rule has a triggering and a quiet case here or in kcmRules.test.ts", () => {
    const kcm = ["kcm-cluster-cidr-count", "kcm-cluster-mask-order", "kcm-ipv6-mask-diff"];
    const triggered = new Set([...TRIGGERS.map((t) => t.rule), ...kcm]);
    const quiet = new Set([...QUIETS.map((q) => q.rule), ...kcm]);
    for (const rule of RULES) {
      expect(triggered.has(rule.id), `${rule.id} triggered`).toBe(true);
      expect(quiet.has(rule.id), `${rule.id} quiet`).toBe(true);
    }
  });
});
