import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type YamlDocSpec } from "../yamlText.ts";
import { poolEntry } from "./lbPools.ts";

/**
 * One CiliumLoadBalancerIPPool (`cilium.io/v2`) per design pool: `blocks` of `{cidr}` or
 * `{start, stop}`, and `allowFirstLastIPs: "No"` when the design avoids first/last addresses
 * (unset means they are allocatable; Cilium ignores it for /31, /32, /127, /128).
 */
export function renderCiliumLbPool(design: Design): ExportFile[] {
  const docs: YamlDocSpec[] = design.loadBalancer.pools.map((pool, i) => {
    const entry = poolEntry(pool);
    const block = !entry
      ? {}
      : entry.kind === "cidr"
        ? { cidr: entry.cidr }
        : { start: entry.start, stop: entry.stop };
    return {
      header:
        i === 0
          ? [
              "CiliumLoadBalancerIPPool (cilium.io/v2, Cilium 1.18+; use cilium.io/v2alpha1 on 1.16/1.17).",
              "LB-IPAM wakes up when the first pool exists; announce the addresses with l2announcements or the BGP control plane.",
            ]
          : [],
      value: {
        apiVersion: "cilium.io/v2",
        kind: "CiliumLoadBalancerIPPool",
        metadata: { name: pool.name },
        spec: {
          blocks: [block],
          ...(design.loadBalancer.avoidBuggyIPs ? { allowFirstLastIPs: "No" } : {}),
        },
      },
    };
  });
  return [yamlFile("cilium-lb-ip-pool.yaml", docs)];
}

/** Cilium LB-IPAM pools, when Cilium hands out LoadBalancer addresses. */
export const ciliumLbPoolTarget: ExportTarget = {
  id: "cilium-lb-pool",
  label: "CiliumLoadBalancerIPPool",
  description:
    "CiliumLoadBalancerIPPool manifests (cilium.io/v2, Cilium 1.18-1.20) for the LoadBalancer pools, when Cilium LB-IPAM is the provider.",
  appliesTo: (design) =>
    design.cni.kind === "cilium" &&
    design.loadBalancer.provider === "cilium" &&
    design.loadBalancer.pools.length > 0,
  render: renderCiliumLbPool,
};
