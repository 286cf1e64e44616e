import { bitsOf } from "../ip/family.ts";
import { formatPrefix, nthSubnet } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * host-local refuses a range with fewer than 2 host bits (IPv4 /31 and /32, IPv6 /127 and /128):
 * every pod on such a node fails to get an address. host-local's config loader wraps the error
 * with the range set's index ("invalid range set %d: %s", plugins/ipam/host-local/backend/
 * allocator/config.go); the CNI configs that read the node's podCIDRs (Flannel, Calico's
 * `usePodCidr`/`usePodCidrIPv6`) list the IPv4 range set first.
 */
export const hostLocalNodeMask: Rule = {
  id: "host-local-node-mask",
  title: "host-local needs at least 2 host bits per node range",
  source:
    "host-local IPAM (containernetworking/plugins plugins/ipam/host-local/backend/allocator/range.go)",
  check(ctx) {
    if (ctx.cni.podIps !== "host-local" || !ctx.cni.usesPodRange) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const bits = bitsOf(f.family);
      const first = f.pods[0];
      if (f.nodeMask <= bits - 2 || !first || first.prefix.length > f.nodeMask) continue;
      const example = formatPrefix(nthSubnet(first.prefix, f.nodeMask, 0n));
      const set = f.family === "ipv6" && ctx.byFamily.ipv4 ? 1 : 0;
      out.push({
        rule: this.id,
        severity: "error",
        fields: [`${f.family}.nodeMask`],
        message: `A /${f.nodeMask} node range has fewer than 2 host bits; host-local refuses it and no pod starts: "invalid range set ${set}: Network ${example} too small to allocate from".`,
        fix: `Use a node mask of /${bits - 2} or shorter (in practice /${f.family === "ipv4" ? 24 : 64}-ish, room for maxPods plus 3).`,
        source: "host-local",
      });
    }
    return out;
  },
};
