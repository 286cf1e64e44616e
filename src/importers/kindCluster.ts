import { isRecord } from "../core/codec/untrusted.ts";
import type { Design } from "../core/design/schema.ts";
import { FAMILIES } from "../core/ip/family.ts";

/**
 * The kubeadm API version kind generates for a Kubernetes version: v1beta2 before 1.23, v1beta3
 * up to 1.35, v1beta4 from 1.36 (kubernetes-sigs/kind pkg/cluster/internal/kubeadm/config.go
 * `Config` @fed26882). A kubeadmConfigPatch applies only to a generated document of the same
 * kind and, when the patch names one, the same apiVersion (pkg/internal/patch/resource.go
 * `matches`).
 */
export function kindKubeadmApiVersion(kubernetesVersion: string): string {
  const minor = Number(kubernetesVersion.split(".")[1]);
  return `kubeadm.k8s.io/${minor < 23 ? "v1beta2" : minor < 36 ? "v1beta3" : "v1beta4"}`;
}

/** Which of a kind Cluster's ranges took kind's defaults (the file left them unset). */
export interface KindDefaulted {
  pods: boolean;
  services: boolean;
}

/**
 * A kind `Cluster`'s nodes and defaults laid over the imported design: `nodes.count` is the
 * length of `nodes` (kind creates one control-plane node when it is absent, said), and the
 * ranges kind defaulted are recorded as kind's defaults, not as declared values.
 */
export function withKindCluster(
  design: Design,
  cluster: Record<string, unknown>,
  defaulted: KindDefaulted,
  messages: string[],
): Design {
  const nodes = Array.isArray(cluster.nodes) ? cluster.nodes.filter(isRecord) : undefined;
  const count = nodes?.length || 1;
  if (!nodes?.length) messages.push("nodes is not set; kind creates one control-plane node");
  const sources: Record<string, string> = {
    ...design.imported?.sources,
    "nodes.count": nodes?.length ? `nodes (${count})` : "nodes (unset: kind's default, one node)",
  };
  for (const family of FAMILIES) {
    if (!design.ipFamilies.includes(family)) continue;
    if (defaulted.pods)
      sources[`${family}.podCidrs`] = "networking.podSubnet (unset: kind's default)";
    if (defaulted.services)
      sources[`${family}.serviceCidr`] = "networking.serviceSubnet (unset: kind's default)";
  }
  return {
    ...design,
    nodes: { ...design.nodes, count },
    imported: {
      format: design.imported?.format ?? "",
      sources,
      placeholders: design.imported?.placeholders ?? [],
      refusals: design.imported?.refusals ?? [],
    },
  };
}
