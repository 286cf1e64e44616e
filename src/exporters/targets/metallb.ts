import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type YamlDocSpec } from "../yamlText.ts";
import { metallbAddress, poolEntry } from "./lbPools.ts";

const NAMESPACE = "metallb-system";

/**
 * MetalLB `IPAddressPool` per design pool (`metallb.io/v1beta1`, namespace metallb-system) with
 * `avoidBuggyIPs`, plus one `L2Advertisement` naming every pool.
 */
export function renderMetallb(design: Design): ExportFile[] {
  const { pools, avoidBuggyIPs } = design.loadBalancer;
  const docs: YamlDocSpec[] = pools.map((pool, i) => {
    const entry = poolEntry(pool);
    return {
      header:
        i === 0
          ? [
              "MetalLB address pools (metallb.io/v1beta1, MetalLB 0.13-0.16) and an L2 advertisement for them.",
              "MetalLB rejects pools that overlap one another.",
            ]
          : [],
      value: {
        apiVersion: "metallb.io/v1beta1",
        kind: "IPAddressPool",
        metadata: { name: pool.name, namespace: NAMESPACE },
        spec: { addresses: entry ? [metallbAddress(entry)] : [], avoidBuggyIPs },
      },
    };
  });
  docs.push({
    header: ["Announces the pools above with ARP/NDP; use a BGPAdvertisement instead for BGP."],
    value: {
      apiVersion: "metallb.io/v1beta1",
      kind: "L2Advertisement",
      metadata: { name: `${design.name}-l2`, namespace: NAMESPACE },
      spec: { ipAddressPools: pools.map((p) => p.name) },
    },
  });
  return [yamlFile("metallb-pools.yaml", docs)];
}

/** MetalLB pools, when MetalLB hands out LoadBalancer addresses. */
export const metallbTarget: ExportTarget = {
  id: "metallb",
  label: "MetalLB pools",
  description:
    "MetalLB IPAddressPool per LoadBalancer pool and one L2Advertisement (metallb.io/v1beta1, MetalLB 0.16.1).",
  appliesTo: (design) =>
    design.loadBalancer.provider === "metallb" && design.loadBalancer.pools.length > 0,
  render: renderMetallb,
  refusedBy: { tool: "MetalLB", rules: ["overlap-lb-pools"], quoting: "MetalLB refuses" },
};
