import { formatPrefix, intersection, subnetCount } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import { plural } from "./helpers.ts";
import { formatCount } from "../text/formatCount.ts";
import type { FamilyContext, PodRange, Rule, RuleContext } from "./rule.ts";

function withheld(f: FamilyContext, pod: PodRange): { touched: bigint; total: bigint } | undefined {
  const shared = f.service && intersection(pod.prefix, f.service);
  if (!shared || f.nodeMask < pod.prefix.length) return undefined;
  const total = subnetCount(pod.prefix, f.nodeMask);
  const touched = shared.length >= f.nodeMask ? 1n : subnetCount(shared, f.nodeMask);
  return { touched, total };
}

function unawareAllocator(ctx: RuleContext): string {
  switch (ctx.cni.nodeRanges) {
    case "cilium-operator":
      return "The Cilium operator does not know the Service range and hands out node ranges inside it, so pods get Service IPs and traffic to those Services breaks (cilium/cilium PR #31504 hit exactly this on AKS).";
    case "calico":
      return "Calico IPAM does not know the Service range and hands out blocks inside it, so pods get Service IPs and traffic to those Services breaks.";
    default:
      return `Under ${ctx.cni.label} nothing withholds the node ranges that touch the Service range, so pods get Service IPs and traffic to those Services breaks.`;
  }
}

/**
 * Pod ranges overlapping the Service range: an error where the IPAM does not know the Service
 * range (Cilium cluster-pool/multi-pool, Calico IPAM, kubelet --pod-cidr), a capacity warning where
 * kube-controller-manager withholds the node ranges that touch it (an error if it withholds all).
 */
export const overlapPodsServices: Rule = {
  id: "overlap-pods-services",
  title: "Pod ranges must not overlap the Service range",
  source:
    "kube-controller-manager range_allocator.go filterOutServiceRange; cilium/cilium PR #31504; reference/cni.md section 0",
  check(ctx) {
    if (!ctx.cni.usesPodRange) return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      if (!f.service) continue;
      for (const pod of f.pods) {
        const shared = intersection(pod.prefix, f.service);
        if (!shared) continue;
        const fields = [pod.field, `${f.family}.serviceCidr`];
        const what = `Pod range ${formatPrefix(pod.prefix)} overlaps Service range ${formatPrefix(f.service)} (shared: ${formatPrefix(shared)}).`;
        const fix = `Move the Service range out of the pod range (e.g. pick another private block), or shrink the pod range so they are disjoint.`;
        if (!ctx.cni.knowsServiceRange) {
          out.push({
            rule: this.id,
            severity: "error",
            fields,
            message: `${what} ${unawareAllocator(ctx)}`,
            fix,
            source: ctx.cni.label,
          });
          continue;
        }
        const w = withheld(f, pod);
        if (w && w.touched >= w.total) {
          out.push({
            rule: this.id,
            severity: "error",
            fields,
            message: `${what} Every one of its ${formatCount(w.total)} node range${plural(w.total)} touches the Service range, so kube-controller-manager withholds them all and no node gets a pod range: event CIDRNotAvailable, "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range".`,
            fix,
            source: "kube-controller-manager",
          });
          continue;
        }
        out.push({
          rule: this.id,
          severity: "warning",
          fields,
          message: w
            ? `${what} kube-controller-manager withholds the ${formatCount(w.touched)} /${f.nodeMask} node range${plural(w.touched)} touching it, leaving ${formatCount(w.total - w.touched)} of ${formatCount(w.total)}; pods never get Service IPs, but the capacity is lost and the layout is confusing.`
            : `${what} kube-controller-manager withholds the node ranges touching it; the capacity is lost.`,
          fix,
          source: "kube-controller-manager",
        });
      }
    }
    return out;
  },
};
