import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * Cilium ENI, Azure and CRD IPAM take pod IPs from the cloud (or an external operator): the pod
 * ranges and node masks of the design are not used (tunnel routing there: cilium-ipam-tunnel).
 */
export const ciliumCloudIpam: Rule = {
  id: "cilium-cloud-ipam",
  title: "Cilium ENI/Azure/CRD: pod ranges unused",
  source: "Cilium Helm chart templates/cilium-configmap.yaml; Cilium IPAM docs",
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "cilium" || ctx.cni.usesPodRange) return [];
    const out: Finding[] = [
      {
        rule: this.id,
        severity: "info",
        fields: ["cni.ipam", ...ctx.families.map((f) => `${f.family}.podCidrs.0`)],
        message: `Under ${ctx.cni.label} pods take addresses from ${cni.ipam === "crd" ? "each CiliumNode's spec.ipam.pool, filled by an external operator" : "the node (VPC/VNet) networks"}; the design's pod ranges and node masks are ignored and no pod CIDR is exported.`,
        fix: "Size the node networks for nodes plus pods instead.",
        source: "Cilium",
      },
    ];
    return out;
  },
};
