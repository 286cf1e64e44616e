import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  droppedPodRangeNotes,
  firstPodCidr,
  nodeMask,
  perFamily,
  serviceCidr,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { flagsFile, type Flag } from "../yamlText.ts";
import { KCM_REFUSING_RULES } from "../refusals.ts";

/** The note every export touching kube-controller-manager carries. */
export const KCM_NO_CONFIG_FILE =
  "kube-controller-manager has no configuration file (--config is an unknown flag): pass these as flags.";

/**
 * The node-mask flags of the active families only: kube-controller-manager refuses
 * `--node-cidr-mask-size-ipv6` in a single-stack IPv4 cluster and `-ipv4` in an IPv6 one.
 */
export function nodeMaskFlags(design: Design): Flag[] {
  return design.ipFamilies.map((family) => ({
    name: `node-cidr-mask-size-${family}`,
    value: String(nodeMask(design, family)),
  }));
}

/**
 * kube-controller-manager flags for node-range allocation: `--allocate-node-cidrs=true`,
 * `--cluster-cidr` (first pod range per family, primary first), per-family node masks and
 * `--service-cluster-ip-range` (so node ranges touching the Service range are skipped).
 */
export function renderKubeControllerManagerFlags(design: Design): ExportFile[] {
  const flags: Flag[] = [
    { name: "allocate-node-cidrs", value: "true" },
    { name: "cluster-cidr", value: perFamily(design, (f) => firstPodCidr(design, f)).join(",") },
    ...nodeMaskFlags(design),
    {
      name: "service-cluster-ip-range",
      value: perFamily(design, (f) => serviceCidr(design, f)).join(","),
    },
  ];
  const header = [
    "kube-controller-manager flags for node IPAM (Kubernetes 1.29+).",
    KCM_NO_CONFIG_FILE,
    "Node ranges that touch the Service range are skipped, never handed out.",
  ];
  for (const note of droppedPodRangeNotes(design, "--cluster-cidr")) header.push(note);
  return [flagsFile("kube-controller-manager.flags", header, flags)];
}

/** kube-controller-manager flags, for modes where it allocates node ranges. */
export const kubeControllerManagerFlagsTarget: ExportTarget = {
  id: "kube-controller-manager-flags",
  label: "kube-controller-manager flags",
  description:
    "kube-controller-manager node IPAM flags (Kubernetes 1.29-1.36). It has no configuration file: --config is an unknown flag.",
  appliesTo: controllerManagerAllocates,
  render: renderKubeControllerManagerFlags,
  refusedBy: { tool: "kube-controller-manager", rules: KCM_REFUSING_RULES },
};
