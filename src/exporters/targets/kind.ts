import { DEFAULT_NODE_MASK } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  firstPodCidr,
  isDualStack,
  nodeMask,
  perFamily,
  podPrefixes,
  serviceCidr,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { distroApplies } from "./distroNetworking.ts";

/** kind's `networking.ipFamily` for the design's families. */
function ipFamily(design: Design): "ipv4" | "ipv6" | "dual" {
  return isDualStack(design) ? "dual" : (design.ipFamilies[0] ?? "ipv4");
}

/**
 * A kind cluster config (`kind.x-k8s.io/v1alpha4`): ipFamily, podSubnet (the first pod range per
 * family, which kind hands to kubeadm), serviceSubnet, and
 * `disableDefaultCNI` unless the CNI is generic (kind's own kindnet is a host-local CNI).
 */
export function renderKind(design: Design): ExportFile[] {
  const header = [
    "kind cluster config (kind.x-k8s.io/v1alpha4): kind create cluster --config kind-cluster.yaml",
  ];
  if (!controllerManagerAllocates(design)) {
    header.push(
      "kind always gives kubeadm a podSubnet, so kube-controller-manager still assigns node podCIDRs (the first pod range per family); this CNI ignores them.",
    );
    const tooLong = design.ipFamilies.filter((f) => {
      const p = podPrefixes(design, f)[0];
      return (
        p !== undefined && (p.length > DEFAULT_NODE_MASK[f] || DEFAULT_NODE_MASK[f] - p.length > 16)
      );
    });
    if (tooLong.length) {
      header.push(
        `kube-controller-manager's default node masks (/24, /64) do not fit the ${tooLong.join(" and ")} pod range: its node IPAM will not start unless masks are patched in.`,
      );
    }
  }
  if (controllerManagerAllocates(design)) {
    const differing = design.ipFamilies.filter((f) => nodeMask(design, f) !== DEFAULT_NODE_MASK[f]);
    if (differing.length) {
      header.push(
        `kind keeps kube-controller-manager's default node masks (/24, /64); this design uses ${differing
          .map((f) => `/${nodeMask(design, f)} for ${f}`)
          .join(" and ")}: add node-cidr-mask-size-* through kubeadmConfigPatches.`,
      );
    }
  }
  if (design.cni.kind !== "generic") {
    header.push(
      "kind's default CNI (kindnet) is off: install the CNI from its own export once the nodes are up.",
    );
  }
  const networking: Record<string, unknown> = {
    ipFamily: ipFamily(design),
    podSubnet: perFamily(design, (f) => firstPodCidr(design, f)).join(","),
    serviceSubnet: perFamily(design, (f) => serviceCidr(design, f)).join(","),
  };
  if (design.cni.kind !== "generic") networking.disableDefaultCNI = true;
  return [
    yamlFile("kind-cluster.yaml", [
      { header, value: { kind: "Cluster", apiVersion: "kind.x-k8s.io/v1alpha4", networking } },
    ]),
  ];
}

/** kind cluster configuration. */
export const kindTarget: ExportTarget = {
  id: "kind",
  label: "kind cluster",
  description:
    "kind Cluster config (kind.x-k8s.io/v1alpha4, kind 0.20-0.30): ipFamily, podSubnet, serviceSubnet, disableDefaultCNI.",
  appliesTo: distroApplies,
  render: renderKind,
};
