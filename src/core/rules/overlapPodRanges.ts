import { formatPrefix, overlaps } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule, RuleContext } from "./rule.ts";

function consequence(ctx: RuleContext, later: string): { text: string; source: string } {
  switch (ctx.cni.nodeRanges) {
    case "cilium-operator":
      return {
        text: `the Cilium operator refuses the pool list: "requested CIDR ${later} collides with …"${ctx.cni.id === "cilium/multi-pool" ? " (multi-pool does not support overlapping pool CIDRs either)" : ""}`,
        source: "cilium-operator (pkg/ipam/allocator/clusterpool/cidralloc)",
      };
    case "calico":
      return {
        text: "Calico IP pools must not overlap; the overlapping pool is rejected",
        source: "Calico",
      };
    default:
      return { text: "the same addresses would be planned twice", source: "design" };
  }
}

/** Two pod ranges of one family sharing addresses (Cilium's pool list refuses it). */
export const overlapPodRanges: Rule = {
  id: "overlap-pod-ranges",
  title: "Pod ranges of one family must be disjoint",
  source: "cilium-operator cidralloc ErrCIDRCollision; Calico IP pools",
  check(ctx) {
    if (!ctx.cni.usesPodRange) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      f.pods.forEach((b, j) => {
        const a = f.pods.slice(0, j).find((x) => overlaps(x.prefix, b.prefix));
        if (!a) return;
        const c = consequence(ctx, formatPrefix(b.prefix));
        out.push({
          rule: this.id,
          severity: "error",
          fields: [b.field, a.field],
          message: `Pod range ${formatPrefix(b.prefix)} overlaps pod range ${formatPrefix(a.prefix)}; ${c.text}.`,
          fix: "Remove the overlapping entry or make the pod ranges disjoint.",
          source: c.source,
        });
      });
    }
    return out;
  },
};
