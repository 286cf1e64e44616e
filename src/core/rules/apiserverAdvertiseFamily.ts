import { formatPrefix } from "../ip/prefix.ts";
import { label } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/**
 * kube-apiserver requires the primary Service range's family to match its advertise address
 * (`validatePublicIPServiceClusterIPRangeIPFamilies`). The advertise address comes from a node
 * network, so a primary family with no node network of that family cannot work.
 */
export const apiserverAdvertiseFamily: Rule = {
  id: "apiserver-advertise-family",
  title: "A node network of the primary family (API server advertise address)",
  source:
    "kube-apiserver (cmd/kube-apiserver/app/options/validation.go validatePublicIPServiceClusterIPRangeIPFamilies)",
  check(ctx) {
    const primary = ctx.families[0];
    const nodes = ctx.ranges.filter((r) => r.role === "nodes");
    if (!primary?.service || nodes.length === 0) return [];
    if (nodes.some((n) => n.family === primary.family)) return [];
    const other = nodes[0];
    return [
      {
        rule: this.id,
        severity: "error",
        fields: ["ipFamilies", `${primary.family}.serviceCidr`, ...nodes.map((n) => n.field)],
        message: `The primary family is ${label(primary.family)} but every node network is ${label(other?.family ?? primary.family)}, so the API server's advertise address cannot be ${label(primary.family)}; kube-apiserver refuses to start: "service IP family "${formatPrefix(primary.service)}" must match public address family "<advertise address>"".`,
        fix: `Add an ${label(primary.family)} node network, or make ${label(other?.family ?? primary.family)} the primary family.`,
        source: "kube-apiserver",
      },
    ];
  },
};
