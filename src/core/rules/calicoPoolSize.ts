import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** Calico IPAM refuses an IP pool smaller than one block (pool prefix longer than blockSize). */
export const calicoPoolSize: Rule = {
  id: "calico-pool-size",
  title: "Calico IP pool at least one block",
  source: "Tigera operator (pkg/controller/ippool/validation.go); libcalico-go validator",
  check(ctx) {
    if (ctx.cni.id !== "calico/calico-ipam") return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      for (const pod of f.pods) {
        if (pod.prefix.length <= f.nodeMask) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [pod.field, `${f.family}.nodeMask`],
          message: `IP pool ${formatPrefix(pod.prefix)} is smaller than one /${f.nodeMask} block; the Tigera operator refuses it: "IP pool size is too small. It must be equal to or greater than the block size".`,
          fix: `Use a block size of /${pod.prefix.length} or longer, or a pool of /${f.nodeMask} or shorter.`,
          source: "Tigera operator",
        });
      }
    }
    return out;
  },
};
