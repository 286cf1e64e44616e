import { formatPrefix, parsePrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * CIDRs written with host bits set ("10.244.1.0/16"). kube-controller-manager masks them silently
 * (ParseCIDRSloppy), but Calico refuses pools that are not strictly masked and host-local refuses
 * such subnets, so the canonical form is what must reach every component.
 */
export const hostBitsSet: Rule = {
  id: "host-bits-set",
  title: "CIDRs with host bits set",
  source:
    'kubernetes/utils net ParseCIDRSloppy; libcalico-go validator ("IP pool CIDR is not strictly masked"); host-local range.go',
  check(ctx) {
    const out: Finding[] = [];
    const calicoPools = ctx.cni.id === "calico/calico-ipam";
    for (const r of ctx.ranges) {
      // A start-end LoadBalancer pool has no "/" and does not parse as a prefix: it is skipped.
      const parsed = parsePrefix(r.text);
      if (!parsed.ok || !parsed.value.hostBitsSet) continue;
      const canonical = formatPrefix(parsed.value.prefix);
      const strict = calicoPools && r.role === "pods";
      out.push({
        rule: this.id,
        severity: strict ? "warning" : "info",
        fields: [r.field],
        message: `${r.text} has host bits set; it means ${canonical}. kube-controller-manager masks it silently${strict ? ', but Calico refuses a pool written this way: "IP pool CIDR is not strictly masked"' : ', but other tools refuse it (Calico: "IP pool CIDR is not strictly masked"; host-local: "Network has host bits set")'}.`,
        fix: `Write ${canonical}.`,
        source: strict ? "Calico" : "kube-controller-manager",
      });
    }
    return out;
  },
};
