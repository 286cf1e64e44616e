import { defaultCni, defaultDesign } from "../src/core/design/defaults.ts";
import type { Design } from "../src/core/design/schema.ts";

/**
 * A design whose only ranges are one pod pool and a Service range inside it, under
 * kube-controller-manager (so node subnets are allocated, headroom, free and withheld, and the
 * overlap is drawn): 5,000 nodes + 20 % headroom.
 */
export function bigDesign(podCidr: string, nodeMask: number): Design {
  const base = defaultDesign();
  const v6 = podCidr.includes(":");
  const plan = {
    podCidrs: [podCidr],
    nodeMask,
    serviceCidr: v6 ? "fd00:0:0:ffff::/112" : "10.96.0.0/12",
  };
  return {
    ...base,
    name: "bench",
    ipFamilies: [v6 ? "ipv6" : "ipv4"],
    ...(v6 ? { ipv4: undefined, ipv6: plan } : { ipv4: plan }),
    nodes: { networks: [], count: 5000, headroomPercent: 20, maxPods: 110 },
    cni: defaultCni("generic"),
  };
}

/** The three sizes the issue names, by figure suffix. */
export const BENCH_SIZES: { name: string; pod: string; mask: number; altMask: number }[] = [
  { name: "v4-slash8-24-65536", pod: "10.0.0.0/8", mask: 24, altMask: 23 },
  { name: "v4-slash8-28-1048576", pod: "10.0.0.0/8", mask: 28, altMask: 27 },
  { name: "v6-slash48-64-65536", pod: "fd00::/48", mask: 64, altMask: 63 },
];

/**
 * The default design with 20 ranges scattered over the IPv4 space (external ranges and
 * LoadBalancer pools from 100.64/10 to 203.0.113/24), for the plan view's first render.
 */
export function scatteredDesign(): Design {
  const base = defaultDesign();
  const cidrs = [
    "100.64.0.0/16",
    "100.88.0.0/16",
    "172.16.0.0/20",
    "172.18.0.0/16",
    "172.20.4.0/22",
    "172.24.0.0/14",
    "172.30.0.0/16",
    "192.168.0.0/24",
    "192.168.10.0/24",
    "192.168.100.0/28",
    "192.168.200.0/28",
    "198.18.0.0/15",
    "198.51.100.0/24",
    "203.0.113.0/24",
    "10.128.0.0/14",
    "10.200.0.0/16",
    "10.250.0.0/24",
  ];
  return {
    ...base,
    name: "scattered",
    externalRanges: cidrs.map((cidr, i) => ({ name: `r${i + 1}`, cidr })),
  };
}
