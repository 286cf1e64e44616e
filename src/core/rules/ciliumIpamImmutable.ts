import type { Rule } from "./rule.ts";

/** Cilium's IPAM mode (and cluster-pool mask size) is fixed for the cluster's life. */
export const ciliumIpamImmutable: Rule = {
  id: "cilium-ipam-immutable",
  title: "Cilium IPAM mode is fixed for the cluster's life",
  source: "Cilium docs (https://docs.cilium.io/en/stable/network/concepts/ipam, issue #27164)",
  check(ctx) {
    if (ctx.design.cni.kind !== "cilium") return [];
    return [
      {
        rule: this.id,
        severity: "info",
        fields: ["cni.ipam"],
        message: `Cilium's IPAM mode (${ctx.cni.label}) cannot be changed on a running cluster: the docs warn it can break connectivity persistently; a new cluster is the safe path.${ctx.cni.id === "cilium/cluster-pool" ? " The per-node mask cannot change after install either; when the pool runs out, append a new entry, never edit existing ones." : ""}`,
        fix: "Choose the IPAM mode and mask size for the cluster's whole life now.",
        source: "Cilium docs",
      },
    ];
  },
};
