import { formatPrefix } from "../ip/prefix.ts";
import type { Rule } from "./rule.ts";

/**
 * Flannel (kube-subnet-mgr) takes node ranges from node.spec.podCIDR(s) and refuses to start on a
 * node whose podCIDR is outside net-conf.json Network/IPv6Network: the exports set Network to the
 * pod range, so the controller manager's --cluster-cidr and Flannel's Network must stay equal.
 */
export const flannelNetwork: Rule = {
  id: "flannel-network",
  title: "Flannel Network must contain every node podCIDR",
  source: "Flannel (pkg/subnet/kube/kube.go; Documentation/configuration.md)",
  check(ctx) {
    if (ctx.design.cni.kind !== "flannel") return [];
    const nets = ctx.families
      .map(
        (f) =>
          f.pods[0] &&
          `${f.family === "ipv4" ? "Network" : "IPv6Network"} = ${formatPrefix(f.pods[0].prefix)}`,
      )
      .filter(Boolean)
      .join(", ");
    return [
      {
        rule: this.id,
        severity: "info",
        fields: ctx.families.map((f) => `${f.family}.podCidrs.0`),
        message: `Flannel's net-conf.json must use ${nets}, the same range as kube-controller-manager's --cluster-cidr; a node whose podCIDR lies outside it stops flannel: "subnet "…" specified in the flannel net config doesn't contain "…" PodCIDR of the "<node>" node". SubnetLen is ignored under --kube-subnet-mgr: the node mask comes from the controller manager.`,
        fix: "Change the pod range only together with Flannel's Network, and never on a running cluster.",
        source: "Flannel",
      },
    ];
  },
};
