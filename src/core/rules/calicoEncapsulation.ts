import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/**
 * Calico encapsulation against IPAM, BGP and family, as the Tigera operator validates it: IPIP is
 * IPv4-only; with Calico IPAM and BIRD routing, IPIP and unencapsulated pools need BGP; HostLocal
 * IPAM does not support VXLAN.
 */
export const calicoEncapsulation: Rule = {
  id: "calico-encapsulation",
  title: "Calico encapsulation vs IPAM, BGP and IPv6",
  source:
    "Tigera operator (pkg/controller/installation/validation.go, pkg/controller/ippool/validation.go)",
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "calico") return [];
    const out: Finding[] = [];
    const ipip = cni.encapsulation === "IPIP" || cni.encapsulation === "IPIPCrossSubnet";
    const vxlan = cni.encapsulation === "VXLAN" || cni.encapsulation === "VXLANCrossSubnet";
    const v6 = ctx.byFamily.ipv6;
    if (ipip && v6) {
      const pool = v6.pods[0]?.text ?? "the IPv6 pool";
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["cni.encapsulation", "ipFamilies"],
        message: `IPIP cannot carry IPv6; the Tigera operator refuses the IPv6 pool: "IPIP encapsulation is not supported by IPv6 pools, but it is set for ${pool}".`,
        fix: "Use VXLAN (works for both families) or None with BGP.",
        source: "Tigera operator",
      });
    }
    if (cni.ipam === "calico-ipam" && !cni.bgp && (ipip || cni.encapsulation === "None")) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["cni.encapsulation", "cni.bgp"],
        message: `${cni.encapsulation} needs BGP to program routes; the Tigera operator refuses it with BGP disabled: "${ipip ? "with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled" : "with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled"}".`,
        fix: "Enable BGP, or use VXLAN encapsulation.",
        source: "Tigera operator",
      });
    }
    if (cni.ipam === "host-local" && vxlan) {
      out.push({
        rule: this.id,
        severity: "error",
        fields: ["cni.encapsulation", "cni.ipam"],
        message: `host-local IPAM does not support VXLAN; the Tigera operator refuses it: "${cni.encapsulation} is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM".`,
        fix: "Use Calico IPAM with VXLAN, or IPIP/None with BGP under host-local.",
        source: "Tigera operator",
      });
    }
    return out;
  },
};
