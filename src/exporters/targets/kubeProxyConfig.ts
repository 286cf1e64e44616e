import type { Design } from "../../core/design/schema.ts";
import { coveringPodCidr, perFamily, selfManaged, usesPodRange } from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type KeyComment } from "../yamlText.ts";

/**
 * A `KubeProxyConfiguration` (`kubeproxy.config.k8s.io/v1alpha1`) with `clusterCIDR`: one pod CIDR
 * per family, primary first; a family with several pod ranges gets their smallest common supernet.
 */
export function renderKubeProxyConfig(design: Design): ExportFile[] {
  const covering = perFamily(design, (f) => coveringPodCidr(design, f));
  const comments: KeyComment[] = covering.some((c) => c.supernet)
    ? [
        {
          path: ["clusterCIDR"],
          text: "kube-proxy takes one CIDR per family: where the design has several pod ranges, this is their smallest common supernet.",
        },
      ]
    : [];
  return [
    yamlFile("kube-proxy-config.yaml", [
      {
        header: [
          "kube-proxy configuration file (kube-proxy --config), addressing fields only.",
          "Traffic from outside clusterCIDR to Service IPs is masqueraded.",
        ],
        value: {
          apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
          kind: "KubeProxyConfiguration",
          clusterCIDR: covering.map((c) => c.cidr).join(","),
        },
        comments,
      },
    ]),
  ];
}

/** kube-proxy clusterCIDR, for modes with a pod range. */
export const kubeProxyConfigTarget: ExportTarget = {
  id: "kube-proxy-config",
  label: "kube-proxy configuration",
  description:
    "KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1, Kubernetes 1.29-1.36) with clusterCIDR.",
  appliesTo: (design) => usesPodRange(design) && selfManaged(design),
  render: renderKubeProxyConfig,
};
