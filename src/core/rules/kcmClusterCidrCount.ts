import type { Rule } from "./rule.ts";

/**
 * kube-controller-manager's `--cluster-cidr` takes one CIDR, or two of different families
 * (`validateCIDRs` in cmd/kube-controller-manager/app/core.go): a second pod range of one family
 * fails start-up. The texts are the controller manager's own, including its missing parenthesis.
 */
export const kcmClusterCidrCount: Rule = {
  id: "kcm-cluster-cidr-count",
  title: "One pod range per family for kube-controller-manager",
  source: "kube-controller-manager (cmd/kube-controller-manager/app/core.go validateCIDRs)",
  check(ctx) {
    if (!ctx.cni.needsControllerManagerAllocation) return [];
    const total = ctx.families.reduce((n, f) => n + f.plan.podCidrs.length, 0);
    const crowded = ctx.families.filter((f) => f.plan.podCidrs.length > 1);
    if (crowded.length === 0) return [];
    const dualStack = ctx.families.length === 2;
    // validateCIDRs checks "one of each family" before the count of two.
    const text = dualStack
      ? `length of clusterCIDRs is:${total} more than max allowed of 2`
      : `len of ClusterCIDRs==${total} and they are not configured as dual stack (at least one from each IPFamily`;
    return [
      {
        rule: this.id,
        severity: "error",
        fields: crowded.flatMap((f) =>
          f.plan.podCidrs.slice(1).map((_, i) => `${f.family}.podCidrs.${i + 1}`),
        ),
        message: `--cluster-cidr would list ${total} CIDRs; kube-controller-manager takes one per family and refuses to start: "${text}".`,
        fix: `Keep one pod range per family (use a larger one), or pick an IPAM that takes several pools (Cilium cluster-pool or multi-pool, Calico IPAM). Under ${ctx.cni.label} extra ranges are not used.`,
        source: "kube-controller-manager",
      },
    ];
  },
};
