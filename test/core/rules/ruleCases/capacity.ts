import { calico, cilium, designWith, dualStack, nodes, v4, v6 } from "../testDesigns.ts";
import type { RuleCases } from "./types.ts";

/** Triggering and quiet designs for the capacity, scale and design-level rules. */
export const CAPACITY_CASES: RuleCases = {
  triggers: [
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
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 26 }),
        cni: calico(),
      }),
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
  ],
  quiets: [
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
  ],
};
