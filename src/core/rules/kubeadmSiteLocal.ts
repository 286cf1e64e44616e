import { contains, formatPrefix, overlaps, prefixOf, type Prefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

const SITE_LOCAL = prefixOf("fec0::/10") as Prefix;

/**
 * kubeadm logs a warning for IPv6 pod or Service subnets in the deprecated site-local range
 * fec0::/10 (RFC 3879) when it validates `networking.podSubnet` / `serviceSubnet`.
 */
export const kubeadmSiteLocal: Rule = {
  id: "kubeadm-site-local",
  title: "kubeadm: IPv6 site-local fec0::/10 subnets",
  source: "kubeadm (cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidateIPNetFromString)",
  check(ctx) {
    const f = ctx.byFamily.ipv6;
    if (!f) return [];
    const out: Finding[] = [];
    const candidates = [
      ...f.pods.map((p) => ({ prefix: p.prefix, field: p.field, what: "pod" })),
      ...(f.service ? [{ prefix: f.service, field: "ipv6.serviceCidr", what: "Service" }] : []),
    ];
    for (const c of candidates) {
      if (!overlaps(c.prefix, SITE_LOCAL)) continue;
      const inside = contains(SITE_LOCAL, c.prefix);
      out.push({
        rule: this.id,
        severity: "warning",
        fields: [c.field],
        message: `IPv6 ${c.what} range ${formatPrefix(c.prefix)} ${inside ? "lies in" : "overlaps"} the deprecated site-local range fec0::/10 (RFC 3879); kubeadm warns about it when it validates the ${c.what === "pod" ? "podSubnet" : "serviceSubnet"}.`,
        fix: "Use a unique local address range (fd00::/8, RFC 4193) instead.",
        source: "kubeadm",
      });
    }
    return out;
  },
};
