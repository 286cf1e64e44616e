import { DEFAULT_NODE_MASK } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { formatPrefix } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** kubeadm's `PodSubnetNodeMaskMaxDiff`. */
export const KUBEADM_POD_NODE_MASK_MAX_DIFF = 16;

/**
 * True when an imported kubeadm file gave this family's node mask only through the legacy
 * `node-cidr-mask-size` extra arg (ADR 0120 sources). kubeadm's check reads only
 * `node-cidr-mask-size-ipv4/-ipv6`, else 24 / 64 (`getClusterNodeMask`, kubernetes
 * cmd/kubeadm/app/apis/kubeadm/validation/validation.go), so it judges that file with the default.
 */
export function legacyMaskFromKubeadmFile(design: Design, family: Family): boolean {
  return (
    design.imported?.sources[`${family}.nodeMask`]?.endsWith(
      "controllerManager.extraArgs.node-cidr-mask-size",
    ) === true
  );
}

/**
 * kubeadm checks each pod subnet against the node mask it passes to the controller manager
 * (`ValidatePodSubnetNodeMask`): the pod subnet must not be smaller than a node subnet, and the
 * node mask may be at most 16 bits longer, for IPv4 as well as IPv6.
 */
/** kubeadm's text for pod subnet mask `p` against node mask `n`, or undefined when it accepts them. */
function podNodeMaskText(p: number, n: number): string | undefined {
  if (p > n)
    return `the size of pod subnet with mask ${p} is smaller than the size of node subnet with mask ${n}`;
  if (n - p > KUBEADM_POD_NODE_MASK_MAX_DIFF)
    return `pod subnet mask (${p}) and node-mask (${n}) difference is greater than ${KUBEADM_POD_NODE_MASK_MAX_DIFF}`;
  return undefined;
}

export const kubeadmPodNodeMask: Rule = {
  id: "kubeadm-pod-node-mask",
  title: "kubeadm: pod subnet vs node mask (order, 16-bit difference, both families)",
  source:
    "kubeadm (cmd/kubeadm/app/apis/kubeadm/validation/validation.go ValidatePodSubnetNodeMask)",
  check(ctx) {
    if (!ctx.cni.needsControllerManagerAllocation) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      // An imported file's legacy mask is not what kubeadm's check reads: it judges the file
      // with its default, so the file is accepted; a kubeadm export of the design (which writes
      // node-cidr-mask-size-ipv4/-ipv6) would still be refused, said as info.
      const legacy = legacyMaskFromKubeadmFile(ctx.design, f.family);
      for (const pod of f.pods) {
        const p = pod.prefix.length;
        // kubeadm judges an imported file's legacy mask with its default (see above).
        const n = legacy ? DEFAULT_NODE_MASK[f.family] : f.nodeMask;
        const text = podNodeMaskText(p, n);
        if (legacy && !text) {
          const exported = podNodeMaskText(p, f.nodeMask);
          if (exported)
            out.push({
              rule: this.id,
              severity: "info",
              fields: [pod.field, `${f.family}.nodeMask`],
              message: `kubeadm accepts the imported file: its check ignores the legacy node-cidr-mask-size and reads /${n}. A kubeadm export of this design passes /${f.nodeMask} as node-cidr-mask-size-${f.family}, which kubeadm refuses: "networking.podSubnet: Invalid value: "${formatPrefix(pod.prefix)}": ${exported}".`,
              fix: "Only a kubeadm export is concerned: set the node mask the cluster uses before exporting to kubeadm.",
              source: "kubeadm",
            });
          continue;
        }
        if (!text) continue;
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [pod.field, `${f.family}.nodeMask`],
          message: `kubeadm refuses pod range ${formatPrefix(pod.prefix)} with /${n} per node: "networking.podSubnet: Invalid value: "${formatPrefix(pod.prefix)}": ${text}".`,
          fix:
            p > n
              ? `Make the node mask /${p} or longer, or the pod range /${n} or shorter.`
              : `Keep the node mask within 16 bits of the pod range: a /${p + KUBEADM_POD_NODE_MASK_MAX_DIFF} or shorter node mask, or a /${n - KUBEADM_POD_NODE_MASK_MAX_DIFF} or longer pod range.`,
          source: "kubeadm",
        });
      }
    }
    return out;
  },
};
