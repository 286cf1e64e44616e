import { earlierOverlaps } from "../ip/boundedOverlaps.ts";
import { formatPrefix } from "../ip/prefix.ts";
import { prefixRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";
import { label } from "./helpers.ts";
import type { Rule, RuleContext } from "./rule.ts";

function consequence(
  ctx: RuleContext,
  later: string,
  family: string,
): { text: string; source: string } {
  switch (ctx.cni.nodeRanges) {
    case "cilium-operator":
      return {
        text: `the Cilium operator refuses the pool list: "unable to initialize ${family} allocator: requested CIDR ${later} collides with …"${ctx.cni.id === "cilium/multi-pool" ? " (multi-pool does not support overlapping pool CIDRs either)" : ""}`,
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
      // The first earlier range each later range overlaps, in the later ranges' order.
      const ranges = f.pods.map((p) => prefixRange(p.prefix));
      for (const hit of earlierOverlaps(ranges, 1)) {
        const b = f.pods[hit.owner]!;
        const a = f.pods[hit.others[0]!]!;
        const c = consequence(ctx, formatPrefix(b.prefix), label(f.family));
        out.push({
          rule: this.id,
          severity: "error",
          fields: [b.field, a.field],
          message: `Pod range ${formatPrefix(b.prefix)} overlaps pod range ${formatPrefix(a.prefix)}; ${c.text}.`,
          fix: "Remove the overlapping entry or make the pod ranges disjoint.",
          source: c.source,
        });
      }
    }
    return out;
  },
};
