import { formatPrefix, hostBits } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import { serviceFlagName, widthOf } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/** kube-apiserver's `maxCIDRBits`: at most 2^20 Service addresses per range (IPv4 /12, IPv6 /108). */
export const MAX_SERVICE_CIDR_BITS = 20;

/** The last minor version whose apiserver applies the /12 and /108 limit by default. */
export const LAST_MINOR_WITH_SERVICE_LIMIT = 33;

/**
 * kube-apiserver refuses a Service range with more than 20 host bits while the old allocator is in
 * use: by default up to 1.33; from 1.34 (DisableAllocatorDualWrite GA) the check is skipped.
 */
export const apiserverServiceRangeSize: Rule = {
  id: "apiserver-service-range-size",
  title: "Service range at most /12 (IPv4) or /108 (IPv6) up to Kubernetes 1.33",
  source:
    "kube-apiserver (cmd/kube-apiserver/app/options/validation.go validateClusterIPFlags, validateMaxCIDRRange)",
  check(ctx) {
    if (!(ctx.minor <= LAST_MINOR_WITH_SERVICE_LIMIT)) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      if (!f.service || hostBits(f.service) <= MAX_SERVICE_CIDR_BITS) continue;
      const bits = widthOf(f.service);
      const min = bits - MAX_SERVICE_CIDR_BITS;
      const text = `specified ${serviceFlagName(f.primary)} is too large; for ${bits}-bit addresses, the mask must be >= ${min}`;
      out.push({
        rule: this.id,
        severity: "error",
        fields: [`${f.family}.serviceCidr`],
        message: `Service range ${formatPrefix(f.service)} has more than 2^${MAX_SERVICE_CIDR_BITS} addresses; kube-apiserver ${ctx.design.kubernetesVersion} refuses to start: "${text}".`,
        fix: `Use a /${min} or longer Service range, or target Kubernetes 1.34 or later, where the limit is lifted.`,
        source: "kube-apiserver",
      });
    }
    return out;
  },
};
