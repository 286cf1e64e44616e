import type { Design } from "../../core/design/schema.ts";
import { nodeMask, podCidrs } from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";

/**
 * The `default` CiliumPodIPPool (`cilium.io/v2alpha1`) holding the design's pod ranges and node
 * mask per active family; the same pool the Helm values auto-create in multi-pool mode.
 */
export function renderCiliumPodIpPool(design: Design): ExportFile[] {
  const spec: Record<string, unknown> = {};
  for (const family of design.ipFamilies) {
    spec[family] = { cidrs: podCidrs(design, family), maskSize: nodeMask(design, family) };
  }
  return [
    yamlFile("cilium-pod-ip-pool.yaml", [
      {
        header: [
          "CiliumPodIPPool for Cilium multi-pool IPAM (CRD cilium.io/v2alpha1, as served by Cilium 1.16-1.20).",
          "Equivalent to ipam.operator.autoCreateCiliumPodIPPools.default in cilium-values.yaml: use one or the other.",
          "CIDRs can be appended later; never remove one in use, and never change maskSize.",
        ],
        value: {
          apiVersion: "cilium.io/v2alpha1",
          kind: "CiliumPodIPPool",
          metadata: { name: "default" },
          spec,
        },
      },
    ]),
  ];
}

/** CiliumPodIPPool manifest for multi-pool IPAM. */
export const ciliumPodIpPoolTarget: ExportTarget = {
  id: "cilium-pod-ip-pool",
  label: "CiliumPodIPPool",
  description:
    "The 'default' CiliumPodIPPool (cilium.io/v2alpha1, Cilium 1.16-1.20) with the pod ranges and node mask, for multi-pool IPAM.",
  appliesTo: (design) => design.cni.kind === "cilium" && design.cni.ipam === "multi-pool",
  render: renderCiliumPodIpPool,
};
