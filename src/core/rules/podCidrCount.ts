import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * More pod ranges in a family than the mode uses, where no component refuses them: kubelet
 * --pod-cidr takes one range per node from one pod range. (kube-controller-manager modes are
 * covered by kcm-cluster-cidr-count, cloud modes by cilium-cloud-ipam.)
 */
export const podCidrCount: Rule = {
  id: "pod-cidr-count",
  title: "Pod ranges per family the mode uses",
  source:
    "CNI descriptors (reference/cni.md: several CIDRs only with Cilium cluster-pool/multi-pool and Calico IPAM)",
  check(ctx) {
    const max = ctx.cni.maxPodCidrsPerFamily;
    if (ctx.cni.needsControllerManagerAllocation || !ctx.cni.usesPodRange || max < 1) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      if (f.plan.podCidrs.length <= max) continue;
      out.push({
        rule: this.id,
        severity: "warning",
        fields: f.plan.podCidrs.slice(max).map((_, i) => `${f.family}.podCidrs.${i + max}`),
        message: `${ctx.cni.label} uses ${max} pod range${max === 1 ? "" : "s"} per family; the extra ${f.family} ranges are not used.`,
        fix: "Keep one larger pod range, or pick an IPAM with several pools (Cilium cluster-pool or multi-pool, Calico IPAM).",
        source: ctx.cni.label,
      });
    }
    return out;
  },
};
