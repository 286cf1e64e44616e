import type { Rule } from "./rule.ts";

/** Cilium multi-pool IPAM does not support tunnel routing. */
export const ciliumMultiPoolTunnel: Rule = {
  id: "cilium-multi-pool-tunnel",
  title: "Cilium multi-pool needs native routing",
  source: "Cilium docs (Documentation/network/concepts/ipam/multi-pool.rst; IPAM overview table)",
  check(ctx) {
    const cni = ctx.design.cni;
    if (cni.kind !== "cilium" || cni.ipam !== "multi-pool" || cni.routingMode !== "tunnel")
      return [];
    return [
      {
        rule: this.id,
        severity: "error",
        fields: ["cni.routingMode", "cni.ipam"],
        message:
          "Cilium multi-pool IPAM does not support tunnel routing (the multi-pool docs list tunnel mode as unsupported; the IPAM overview supports tunnelling only with Kubernetes host-scope and cluster-scope modes).",
        fix: "Switch routing mode to native (with a native-routing CIDR and routes between nodes), or use cluster-pool IPAM.",
        source: "Cilium docs",
      },
    ];
  },
};
