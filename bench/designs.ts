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
