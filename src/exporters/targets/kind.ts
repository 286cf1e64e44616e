import { stringify } from "yaml";
import { DEFAULT_NODE_MASK } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  droppedPodRangeNotes,
  firstPodCidr,
  isDualStack,
  nodeMask,
  perFamily,
  podCidrs,
  serviceCidr,
} from "../addressing.ts";
import { KUBEADM_REFUSING_RULES } from "../refusals.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { nodeMaskFlags } from "./kubeControllerManagerFlags.ts";
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
  const patches = controllerArgPatches(design);
  if (controllerManagerAllocates(design)) {
    for (const note of droppedPodRangeNotes(design, "kind's podSubnet")) header.push(note);
  } else {
    for (const family of design.ipFamilies) {
      const rest = podCidrs(design, family).slice(1);
      if (rest.length === 0) continue;
      header.push(
        `NOT CARRIED here: kind's podSubnet takes one ${family} pod range, so ${rest.join(", ")} ${rest.length === 1 ? "is" : "are"} left out of this file; the CNI's own export carries every pod range.`,
      );
    }
  }
  if (!controllerManagerAllocates(design)) {
    header.push(
      "kind always gives kubeadm a podSubnet; this CNI allocates pod addresses itself, so the patches turn kube-controller-manager's node IPAM off (allocate-node-cidrs: false), which also spares the podSubnet kubeadm's node-mask check.",
    );
  } else if (patches.length > 0) {
    header.push(
      "kind passes kubeadm no node masks: the patches set node-cidr-mask-size-* so kubeadm and kube-controller-manager use the design's masks, not /24 and /64.",
    );
  }
  if (patches.length > 0) {
    header.push(
      "Two versioned patches: kind uses kubeadm v1beta3 (extraArgs map) up to Kubernetes 1.35 and v1beta4 (extraArgs list) from 1.36 (kubernetes-sigs/kind#4173); each applies only to its version.",
    );
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
  const value: Record<string, unknown> = {
    kind: "Cluster",
    apiVersion: "kind.x-k8s.io/v1alpha4",
    networking,
  };
  if (patches.length > 0) value.kubeadmConfigPatches = patches;
  return [yamlFile("kind-cluster.yaml", [{ header, value }])];
}

/**
 * kube-controller-manager arguments kind must patch into kubeadm's ClusterConfiguration:
 * `allocate-node-cidrs: "false"` where the CNI does its own IPAM, else the node masks that differ
 * from kube-controller-manager's defaults (/24, /64), which kind would otherwise leave in force.
 */
function controllerArgs(design: Design): { name: string; value: string }[] {
  if (!controllerManagerAllocates(design)) return [{ name: "allocate-node-cidrs", value: "false" }];
  const differing = design.ipFamilies.some((f) => nodeMask(design, f) !== DEFAULT_NODE_MASK[f]);
  return differing ? nodeMaskFlags(design).map(({ name, value }) => ({ name, value })) : [];
}

/** The kubeadmConfigPatches (YAML texts) carrying `controllerArgs`, for v1beta3 and v1beta4. */
function controllerArgPatches(design: Design): string[] {
  const args = controllerArgs(design);
  if (args.length === 0) return [];
  const v3 = {
    apiVersion: "kubeadm.k8s.io/v1beta3",
    kind: "ClusterConfiguration",
    controllerManager: { extraArgs: Object.fromEntries(args.map((a) => [a.name, a.value])) },
  };
  const v4 = {
    apiVersion: "kubeadm.k8s.io/v1beta4",
    kind: "ClusterConfiguration",
    controllerManager: { extraArgs: args },
  };
  return [v3, v4].map((doc) => stringify(doc));
}

/** kind cluster configuration. */
export const kindTarget: ExportTarget = {
  id: "kind",
  label: "kind cluster",
  description:
    "kind Cluster config (kind.x-k8s.io/v1alpha4, kind 0.20-0.30): ipFamily, podSubnet, serviceSubnet, disableDefaultCNI, and kubeadmConfigPatches with node masks or allocate-node-cidrs.",
  appliesTo: distroApplies,
  render: renderKind,
  refusedBy: { tool: "kind (kubeadm init)", rules: KUBEADM_REFUSING_RULES },
};
