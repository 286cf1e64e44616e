import type { Rule } from "./rule.ts";

/** A cluster domain other than `cluster.local` works, but many charts and tools assume the default. */
export const clusterDomain: Rule = {
  id: "cluster-domain",
  title: "Cluster domain other than cluster.local",
  source: "kubeadm networking.dnsDomain default (cluster.local)",
  check(ctx) {
    if (ctx.design.clusterDomain === "cluster.local") return [];
    return [
      {
        rule: this.id,
        severity: "info",
        fields: ["clusterDomain"],
        message: `Cluster domain "${ctx.design.clusterDomain}" is valid, but many Helm charts and tools hard-code "cluster.local" in Service names.`,
        fix: "Check your charts' clusterDomain values, or keep cluster.local.",
        source: "kubeadm",
      },
    ];
  },
};
