import { overlaps, prefixOf, type Prefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

const LINK_LOCAL = {
  ipv4: {
    prefix: prefixOf("169.254.0.0/16") as Prefix,
    text: "IP pool range overlaps with IPv4 Link Local range 169.254.0.0/16",
  },
  ipv6: {
    prefix: prefixOf("fe80::/10") as Prefix,
    text: "IP pool range overlaps with IPv6 Link Local range fe80::/10",
  },
};

/** Calico refuses IP pools overlapping 169.254.0.0/16 or fe80::/10. */
export const calicoLinkLocal: Rule = {
  id: "calico-link-local",
  title: "Calico IP pools must not overlap link-local ranges",
  source: "libcalico-go (lib/validator/v3/validator.go)",
  check(ctx) {
    if (ctx.design.cni.kind !== "calico" || ctx.cni.id !== "calico/calico-ipam") return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const ll = LINK_LOCAL[f.family];
      for (const pod of f.pods) {
        if (!overlaps(pod.prefix, ll.prefix)) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [pod.field],
          message: `Calico refuses the IP pool: "${ll.text}".`,
          fix: "Use a private range (RFC 1918 or fd00::/8) for the pool.",
          source: "Calico",
        });
      }
    }
    return out;
  },
};
