import { CILIUM_IPAM_DOC, ciliumSupportsTunnel } from "../cni/ciliumRouting.ts";
import type { Rule } from "./rule.ts";

/** Cilium multi-pool, ENI, Azure and CRD IPAM do not support tunnel routing. */
export const ciliumIpamTunnel: Rule = {
  id: "cilium-ipam-tunnel",
  title: "Cilium multi-pool, ENI, Azure and CRD IPAM need native routing",
  source: `Cilium docs (${CILIUM_IPAM_DOC} feature table; Documentation/network/concepts/ipam/multi-pool.rst)`,
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "cilium" || cni.routingMode !== "tunnel" || ciliumSupportsTunnel(cni.ipam))
      return [];
    return [
      {
        rule: this.id,
        severity: "error",
        fields: ["cni.routingMode", "cni.ipam"],
        message: `Cilium ${cni.ipam} IPAM does not support tunnel routing: the IPAM overview's feature table supports "Tunnel routing" only with Kubernetes host scope and cluster scope${cni.ipam === "multi-pool" ? ", and the multi-pool docs list tunnel mode as unsupported" : ""}. The Helm values would say routingMode: tunnel.`,
        fix: `Switch routing mode to native${cni.ipam === "multi-pool" ? " (with a native-routing CIDR and routes between nodes)" : ""}, or use cluster-pool IPAM.`,
        source: "Cilium docs",
      },
    ];
  },
};
