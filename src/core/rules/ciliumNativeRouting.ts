import { commonSupernet, formatPrefix } from "../ip/prefix.ts";
import { prefixRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";
import { sharedRange } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/**
 * Cilium native routing (outside ENI/Alibaba) with masquerading needs a native-routing CIDR per
 * family covering the pod ranges; without it Helm (IPv6) or the agent (IPv4) fails. The exports
 * derive it from the pod ranges; this note says which CIDR and what fails without it.
 */
export const ciliumNativeRouting: Rule = {
  id: "cilium-native-routing-cidr",
  title: "Cilium native routing: a native-routing CIDR per family",
  source:
    "Cilium Helm chart templates/validate.yaml; cilium-agent pkg/option/config.go checkIPv4NativeRoutingCIDR",
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "cilium" || cni.routingMode !== "native" || !ctx.cni.usesPodRange) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const supernet = commonSupernet(f.pods.map((p) => p.prefix));
      if (!supernet) continue;
      const v = f.family === "ipv4" ? "ipv4" : "ipv6";
      const clash = ctx.ranges.find(
        (r) => r.role === "nodes" && sharedRange(r.range, prefixRange(supernet)) !== undefined,
      );
      out.push({
        rule: this.id,
        severity: clash ? "warning" : "info",
        fields: f.pods.map((p) => p.field).concat(["cni.routingMode"]),
        message: `Native routing needs ${v}NativeRoutingCIDR = ${formatPrefix(supernet)} (covering the ${f.family === "ipv4" ? "IPv4" : "IPv6"} pod ranges). Without it Helm fails with "${v}NativeRoutingCIDR must be set when routingMode is native"${v === "ipv4" ? ' when masquerading is set explicitly, else the agent fails at start-up: "native routing cidr must be configured with option --ipv4-native-routing-cidr in combination with …"' : ""}.${clash ? ` That CIDR also covers the ${clash.label}: traffic to it would not be masqueraded.` : ""}`,
        fix: clash
          ? "Use pod ranges that sit in one block apart from the node networks, so the native-routing CIDR covers pods only."
          : `Set ${v}NativeRoutingCIDR: ${formatPrefix(supernet)} (the exports do).`,
        source: "Cilium",
      });
    }
    return out;
  },
};
