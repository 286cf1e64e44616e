import { formatPrefix, prefixSize } from "../ip/prefix.ts";
import { formatCounted } from "../text/formatCount.ts";
import type { Rule } from "./rule.ts";

/** The smallest primary Service range kube-apiserver accepts, in addresses. */
export const MIN_SERVICE_RANGE_ADDRESSES = 8n;

/**
 * kube-apiserver refuses a primary Service range of fewer than 8 addresses (an IPv4 /30 fails,
 * a /29 passes) when it picks the `kubernetes` Service IP (`ServiceIPRange`).
 */
export const apiserverServiceRangeMin: Rule = {
  id: "apiserver-service-range-min",
  title: "Primary Service range of at least 8 addresses",
  source:
    "kube-apiserver (pkg/controlplane/apiserver/options ServiceIPRange, getServiceIPAndRanges)",
  check(ctx) {
    const f = ctx.families[0];
    if (!f?.service || prefixSize(f.service) >= MIN_SERVICE_RANGE_ADDRESSES) return [];
    return [
      {
        rule: this.id,
        severity: "error",
        fields: [`${f.family}.serviceCidr`],
        message: `Service range ${formatPrefix(f.service)} has ${formatCounted(prefixSize(f.service), "address", "addresses")}; kube-apiserver refuses to start: "error determining service IP ranges for primary service cidr: the service cluster IP range must be at least 8 IP addresses".`,
        fix: `Use a Service range of at least 8 addresses (/${f.family === "ipv4" ? 29 : 125} or shorter); plan for many more.`,
        source: "kube-apiserver",
      },
    ];
  },
};
