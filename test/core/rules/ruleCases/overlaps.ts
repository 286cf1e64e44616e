import { calico, cilium, designWith, nodes, v4 } from "../testDesigns.ts";
import { lbPools } from "./types.ts";
import type { RuleCases } from "./types.ts";

/** Triggering and quiet designs for the overlap, special-range and host-bits rules. */
export const OVERLAPS_CASES: RuleCases = {
  triggers: [
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
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.1.0/16"], nodeMask: 26 }),
        cni: calico(),
      }),
      severity: "warning",
      fields: ["ipv4.podCidrs.0"],
      contains: ["IP pool CIDR is not strictly masked"],
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
      // cilium clusterpool.go Init: "unable to initialize IPv4 allocator: %w" around cidralloc's
      // ErrCIDRCollision ("requested CIDR %s collides with %s").
      contains: [
        "unable to initialize IPv4 allocator: requested CIDR 10.200.128.0/17 collides with",
      ],
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
      name: "Cilium LB-IPAM pools overlap",
      design: designWith({
        loadBalancer: {
          ...lbPools(["a", "192.168.1.0/24"], ["b", "192.168.1.0/25"]),
          provider: "cilium",
        },
      }),
      severity: "error",
      fields: ["loadBalancer.pools.1.range", "loadBalancer.pools.0.range"],
      contains: ["cilium.io/PoolConflict"],
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
    // reference/kubernetes.md 8: 169.254.0.0/16 is link-local (metadata, NodeLocal DNSCache) and
    // "AKS forbids it"; nothing upstream refuses it, so outside AKS it is a warning.
    {
      rule: "special-ranges",
      name: "node network in link-local (avoid)",
      design: designWith({ nodes: nodes({ networks: [{ name: "ll", cidr: "169.254.10.0/24" }] }) }),
      severity: "warning",
      fields: ["nodes.networks.0.cidr"],
      contains: ["169.254.0.0/16", "RFC 3927"],
    },
    {
      rule: "special-ranges",
      name: "Service range in link-local (a warning outside AKS)",
      design: designWith({ ipv4: v4({ serviceCidr: "169.254.96.0/20" }) }),
      severity: "warning",
      fields: ["ipv4.serviceCidr"],
      contains: ["169.254.0.0/16", "link-local"],
    },
    {
      rule: "aks-overlay",
      name: "Service range in link-local on AKS (AKS reserves it)",
      design: designWith({
        ipv4: v4({ serviceCidr: "169.254.96.0/20" }),
        cni: { kind: "azure-overlay" },
      }),
      severity: "error",
      fields: ["ipv4.serviceCidr"],
      contains: ["AKS reserves 169.254.0.0/16"],
    },
    // reference/kubernetes.md 8: Docker's default local pools are 172.17-172.19/16, 172.20/14,
    // 172.24/14, 172.28/14 split into /16s, and 192.168.0.0/16 split into /20s.
    {
      rule: "special-ranges",
      name: "pods in Docker's 172.18-172.31 pools",
      design: designWith({ ipv4: v4({ podCidrs: ["172.24.0.0/16"] }) }),
      severity: "info",
      fields: ["ipv4.podCidrs.0"],
      contains: ["172.18.0.0-172.31.255.255", "Docker's default address pools"],
    },
    {
      rule: "special-ranges",
      name: "Service range in Docker's 192.168.0.0/16 /20 pools",
      design: designWith({ ipv4: v4({ serviceCidr: "192.168.16.0/20" }) }),
      severity: "info",
      fields: ["ipv4.serviceCidr"],
      contains: ["192.168.0.0/16", "split into /20s"],
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
  ],
  quiets: [
    { rule: "host-bits-set", name: "canonical CIDRs", design: designWith() },
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
      name: "172.16.0.0/16 lies below Docker's pools",
      design: designWith({ ipv4: v4({ podCidrs: ["172.16.0.0/16"] }) }),
    },
    {
      rule: "special-ranges",
      name: "external ranges are not checked",
      design: designWith({ externalRanges: [{ name: "metadata", cidr: "169.254.0.0/16" }] }),
    },
  ],
};
