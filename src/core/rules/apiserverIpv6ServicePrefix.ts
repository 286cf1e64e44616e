import { formatPrefix } from "../ip/prefix.ts";
import type { Rule } from "./rule.ts";

/** The shortest IPv6 Service prefix the ServiceCIDR allocator accepts. */
export const SHORTEST_IPV6_SERVICE_PREFIX = 64;

/** The first minor version where the ServiceCIDR allocator (MultiCIDRServiceAllocator) is on by default. */
export const FIRST_MINOR_WITH_NEW_ALLOCATOR = 33;

/**
 * The ServiceCIDR IP allocator refuses IPv6 Service ranges shorter than /64. It matters from 1.34,
 * when the /108 limit no longer hides it (from 1.33 the allocator is on by default).
 */
export const apiserverIpv6ServicePrefix: Rule = {
  id: "apiserver-ipv6-service-prefix",
  title: "IPv6 Service range /64 or longer on the ServiceCIDR allocator",
  source: "kube-apiserver (pkg/registry/core/service/ipallocator/ipallocator.go)",
  check(ctx) {
    const f = ctx.byFamily.ipv6;
    if (!f?.service || !(ctx.minor >= FIRST_MINOR_WITH_NEW_ALLOCATOR)) return [];
    if (f.service.length >= SHORTEST_IPV6_SERVICE_PREFIX) return [];
    return [
      {
        rule: this.id,
        severity: "error",
        fields: ["ipv6.serviceCidr"],
        message: `IPv6 Service range ${formatPrefix(f.service)} is shorter than /64; kube-apiserver's ServiceCIDR allocator refuses it: "shortest allowed prefix length for service CIDR is 64, got ${f.service.length}".`,
        fix: "Use an IPv6 Service range of /64 or longer (a /108 or /112 is the usual choice).",
        source: "kube-apiserver",
      },
    ];
  },
};
