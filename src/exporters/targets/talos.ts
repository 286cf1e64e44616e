import { DEFAULT_MAX_PODS, DEFAULT_NODE_PORT_RANGE } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  nodeMask,
  nodePortRange,
  perFamily,
  serviceCidr,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { distroApplies, distroPodCidrNotes, distroPodCidrs } from "./distroNetworking.ts";
import { CONTROL_PLANE_REFUSING_RULES } from "../refusals.ts";

/**
 * A Talos machine-config patch: `cluster.network` (podSubnets, serviceSubnets, dnsDomain, cni name
 * flannel or none), node masks (or node IPAM off) in `cluster.controllerManager.extraArgs`, a
 * non-default NodePort range in `cluster.apiServer.extraArgs`, and a non-default maxPods in
 * `machine.kubelet.extraConfig`.
 */
export function renderTalos(design: Design): ExportFile[] {
  const controllerArgs: Record<string, string> = controllerManagerAllocates(design)
    ? Object.fromEntries(
        design.ipFamilies.map((f) => [`node-cidr-mask-size-${f}`, String(nodeMask(design, f))]),
      )
    : { "allocate-node-cidrs": "false" };
  const cluster: Record<string, unknown> = {
    network: {
      podSubnets: distroPodCidrs(design),
      serviceSubnets: perFamily(design, (f) => serviceCidr(design, f)),
      dnsDomain: design.clusterDomain,
      cni: { name: design.cni.kind === "flannel" ? "flannel" : "none" },
    },
    controllerManager: { extraArgs: controllerArgs },
  };
  if (nodePortRange(design) !== DEFAULT_NODE_PORT_RANGE) {
    cluster.apiServer = { extraArgs: { "service-node-port-range": nodePortRange(design) } };
  }
  const value: Record<string, unknown> =
    design.nodes.maxPods === DEFAULT_MAX_PODS
      ? { cluster }
      : { machine: { kubelet: { extraConfig: { maxPods: design.nodes.maxPods } } }, cluster };
  const header = [
    "Talos machine-config patch (Talos 1.9-1.13): talosctl gen config <name> <endpoint> --config-patch @talos-patch.yaml",
    "kube-controller-manager has no configuration file: its settings go through extraArgs.",
    ...distroPodCidrNotes(design),
  ];
  if (design.cni.kind !== "flannel") {
    header.push("cni name none: install the CNI from its own export after bootstrap.");
  }
  return [yamlFile("talos-patch.yaml", [{ header, value }])];
}

/** Talos machine-config patch. */
export const talosTarget: ExportTarget = {
  id: "talos",
  label: "Talos patch",
  description:
    "Talos machine-config patch (v1alpha1 config, Talos 1.9-1.13): cluster.network subnets, dnsDomain, CNI, controller-manager node masks.",
  appliesTo: distroApplies,
  render: renderTalos,
  refusedBy: {
    tool: "Talos control plane (kube-apiserver, kube-controller-manager)",
    rules: CONTROL_PLANE_REFUSING_RULES,
  },
};
