import { DEFAULT_NODE_MASK } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  isDualStack,
  nodeMask,
  perFamily,
  serviceCidr,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { distroApplies, distroPodCidrNotes, distroPodCidrs } from "./distroNetworking.ts";

/** kind's `networking.ipFamily` for the design's families. */
function ipFamily(design: Design): "ipv4" | "ipv6" | "dual" {
  return isDualStack(design) ? "dual" : (design.ipFamilies[0] ?? "ipv4");
}

/**
 * A kind cluster config (`kind.x-k8s.io/v1alpha4`): ipFamily, podSubnet, serviceSubnet, and
 * `disableDefaultCNI` unless the CNI is generic (kind's own kindnet is a host-local CNI).
 */
export function renderKind(design: Design): ExportFile[] {
  const header = [
    "kind cluster config (kind.x-k8s.io/v1alpha4): kind create cluster --config kind-cluster.yaml",
  ];
  header.push(...distroPodCidrNotes(design));
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
    podSubnet: distroPodCidrs(design).join(","),
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
