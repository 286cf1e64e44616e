import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { distroApplies } from "./distroNetworking.ts";
import { rancherFile } from "./rancherConfig.ts";

/** RKE2's bundled CNI for the design's choice; `none` when the user brings their own. */
function rke2Cni(design: Design): "cilium" | "calico" | "flannel" | "none" {
  switch (design.cni.kind) {
    case "cilium":
    case "calico":
    case "flannel":
      return design.cni.kind;
    default:
      return "none";
  }
}

/**
 * RKE2 `config.yaml`: the same addressing keys as k3s, plus `cni` selecting the bundled chart
 * (whose own values go into a HelmChartConfig named rke2-<cni>).
 */
export function renderRke2Config(design: Design): ExportFile[] {
  const cni = rke2Cni(design);
  const notes =
    cni === "none"
      ? ["cni: none: install the CNI yourself; nodes stay NotReady until it runs."]
      : [
          `Chart values for rke2-${cni} (from the ${cni} export) go into a HelmChartConfig named rke2-${cni} in kube-system.`,
        ];
  if (design.cni.kind === "flannel" && design.cni.backend !== "vxlan") {
    notes.push(`Set the Flannel backend (${design.cni.backend}) in that HelmChartConfig.`);
  }
  return rancherFile(design, "rke2", { cni }, notes);
}

/** RKE2 server configuration. */
export const rke2ConfigTarget: ExportTarget = {
  id: "rke2-config",
  label: "RKE2 config.yaml",
  description:
    "/etc/rancher/rke2/config.yaml (RKE2 1.29-1.36): cni, cluster-cidr, service-cidr, cluster-dns, node masks and max-pods.",
  appliesTo: distroApplies,
  render: renderRke2Config,
};
