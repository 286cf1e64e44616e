import { calico, cilium, designWith, dualStack, ipv6Only, nodes, v4, v6 } from "../testDesigns.ts";
import type { RuleCases } from "./types.ts";

/** Triggering and quiet designs for the kube-apiserver, kube-controller-manager, kubeadm and host-local rules. */
export const KUBERNETES_CASES: RuleCases = {
  triggers: [
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
      design: dualStack(v4(), v6({ serviceCidr: "fd00:10:96::/100" }), {
        kubernetesVersion: "1.32",
      }),
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
    // reference/kubernetes.md 2.4: "if rangeSize <= 16 the offset is 0 (no static band)"; the
    // DNS IP is the tenth address (2.3).
    {
      rule: "service-dns-static-band",
      name: "a /28 has no static band but pins the DNS IP at .10",
      design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/28" }) }),
      severity: "warning",
      fields: ["ipv4.serviceCidr"],
      contains: ["10.96.0.10", "too few for a static band"],
    },
    {
      rule: "service-dns-static-band",
      name: "a /29 has no tenth address and no static band",
      design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/29" }) }),
      severity: "warning",
      fields: ["ipv4.serviceCidr"],
      contains: ["no tenth address"],
    },
    {
      rule: "service-dns-static-band",
      name: "an IPv6 /124 (16 addresses) has no static band",
      design: ipv6Only(v6({ serviceCidr: "fd00:96::/124" })),
      severity: "warning",
      fields: ["ipv6.serviceCidr"],
      contains: ["fd00:96::a", "16 addresses"],
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
      // host-local config.go wraps it: "invalid range set %d: %s" (reference/cni.md 332-336).
      contains: ["invalid range set 0: Network 10.244.0.0/31 too small to allocate from"],
    },
    {
      rule: "host-local-node-mask",
      name: "IPv6 /127 per node",
      design: ipv6Only(v6({ podCidrs: ["fd00:10:244::/112"], nodeMask: 127 })),
      severity: "error",
      fields: ["ipv6.nodeMask"],
      contains: ["invalid range set 0: Network fd00:10:244::/127 too small to allocate from"],
    },
    {
      rule: "host-local-node-mask",
      name: "dual-stack: the IPv6 range set is the second (index 1)",
      design: dualStack(v4(), v6({ podCidrs: ["fd00:10:244::/112"], nodeMask: 127 })),
      severity: "error",
      fields: ["ipv6.nodeMask"],
      contains: ["invalid range set 1: Network fd00:10:244::/127 too small to allocate from"],
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
      rule: "kubeadm-pod-node-mask",
      name: "imported kubeadm file with legacy node-cidr-mask-size 16 on a /24: accepted, export refused (info)",
      design: designWith({
        ipv4: v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 16 }),
        imported: {
          format: "kubeadm",
          sources: { "ipv4.nodeMask": "controllerManager.extraArgs.node-cidr-mask-size" },
          placeholders: [],
          refusals: [],
        },
      }),
      severity: "info",
      fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
      contains: [
        "kubeadm accepts the imported file",
        "the size of pod subnet with mask 24 is smaller than the size of node subnet with mask 16",
      ],
    },
    {
      rule: "imported-refusal",
      name: "a design written by import keeps the file's refusal",
      design: designWith({
        imported: {
          format: "component-flags",
          sources: {},
          placeholders: [],
          refusals: [
            {
              severity: "error",
              component: "kube-controller-manager",
              key: "--cidr-allocator-type",
              quoted: "invalid CIDR allocator type: IPAMFromCluster",
              message: "Remove the flag or set it to RangeAllocator.",
            },
          ],
        },
      }),
      severity: "error",
      fields: [],
      contains: [
        'kube-controller-manager (--cidr-allocator-type): "invalid CIDR allocator type: IPAMFromCluster"',
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
  ],
  quiets: [
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
      rule: "service-dns-static-band",
      name: "a /27 has a 16-address static band holding .10",
      design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/27" }) }),
    },
    {
      rule: "service-dns-static-band",
      name: "a /30 is refused by its own rule",
      design: designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/30" }) }),
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
    { rule: "imported-refusal", name: "a design not imported", design: designWith({}) },
    {
      rule: "kubeadm-pod-node-mask",
      name: "imported legacy mask /25 on a /16: kubeadm reads /24, accepts; so would an export",
      design: designWith({
        ipv4: v4({ nodeMask: 25 }),
        imported: {
          format: "kubeadm",
          sources: { "ipv4.nodeMask": "controllerManager.extraArgs.node-cidr-mask-size" },
          placeholders: [],
          refusals: [],
        },
      }),
    },
  ],
};
