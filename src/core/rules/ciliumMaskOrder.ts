import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * Cilium cluster-pool / multi-pool with a mask shorter than a pool entry: the operator starts,
 * but the entry yields no node range (`maxCIDRs` becomes 0) and every allocation fails.
 */
export const ciliumMaskOrder: Rule = {
  id: "cilium-mask-order",
  title: "Cilium pools: mask size not shorter than a pool entry",
  source: "cilium-operator (pkg/ipam/cidrset/cidr_set.go)",
  check(ctx) {
    if (ctx.cni.nodeRanges !== "cilium-operator") return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      for (const pod of f.pods) {
        if (f.nodeMask >= pod.prefix.length) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [pod.field, `${f.family}.nodeMask`],
          message: `Pool entry ${formatPrefix(pod.prefix)} is smaller than one /${f.nodeMask} node range, so it yields none; every node allocation from it fails: "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range" (shown in CiliumNode status.ipam.operator-status).`,
          fix: `Use a mask of /${pod.prefix.length} or longer, or a pool entry of /${f.nodeMask} or shorter.`,
          source: "cilium-operator",
        });
      }
    }
    return out;
  },
};
