import { subnetCount } from "../ip/prefix.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Rule } from "./rule.ts";

/**
 * kubelet --pod-cidr (standalone): nothing allocates or checks node ranges; the user hands each
 * kubelet its own range, and the kubelet ignores the flag once it joins a cluster.
 */
export const kubeletStandalone: Rule = {
  id: "kubelet-standalone-pod-cidr",
  title: "kubelet --pod-cidr: node ranges are assigned by hand",
  source: "kubelet (config/v1beta1 podCIDR: used only in standalone mode)",
  check(ctx) {
    if (ctx.design.cni.kind !== "kubelet-standalone") return [];
    const ranges = ctx.families
      .map((f) => {
        const first = f.pods[0];
        return first
          ? `${formatCount(subnetCount(first.prefix, f.nodeMask))} /${f.nodeMask} ranges (${f.family})`
          : "";
      })
      .filter(Boolean)
      .join(", ");
    return [
      {
        rule: this.id,
        severity: "info",
        fields: ["cni.ipam", ...ctx.families.map((f) => `${f.family}.nodeMask`)],
        message: `Each kubelet needs its own --pod-cidr from the pod range (${ranges}); nothing checks that two nodes do not get the same range or that ranges avoid the Service range. A kubelet in a cluster ignores --pod-cidr and takes node.spec.podCIDR instead.`,
        fix: "Keep a record of which node has which range; use kube-controller-manager allocation for anything beyond a lab.",
        source: "kubelet",
      },
    ];
  },
};
