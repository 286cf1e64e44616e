import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { renderCiliumValues } from "./ciliumValues.ts";
import { distroApplies } from "./distroNetworking.ts";
import { rancherFile } from "./rancherConfig.ts";
import { CONTROL_PLANE_REFUSING_RULES } from "../refusals.ts";

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

/** The file the Cilium HelmChartConfig is written to. */
export const RKE2_CILIUM_CONFIG = "rke2-cilium-config.yaml";

/** What config.yaml says about the bundled chart's values for each CNI. */
function chartNotes(design: Design, cni: "cilium" | "calico" | "flannel"): string[] {
  if (cni === "cilium") {
    return [
      `Cilium's chart values are in ${RKE2_CILIUM_CONFIG} (a HelmChartConfig named rke2-cilium in kube-system): put it in /var/lib/rancher/rke2/server/manifests/ on a server node.`,
    ];
  }
  const notes = [
    `No HelmChartConfig is generated for rke2-${cni}: to change its chart values, write a HelmChartConfig (apiVersion helm.cattle.io/v1) named rke2-${cni} in namespace kube-system, with the values under spec.valuesContent in the keys of RKE2's rke2-${cni} chart, into /var/lib/rancher/rke2/server/manifests/.`,
  ];
  if (
    design.cni.kind === "calico" &&
    (design.cni.ipam !== "calico-ipam" || design.cni.encapsulation !== "VXLAN" || design.cni.bgp)
  ) {
    notes.push(
      "RKE2's rke2-calico chart runs Calico IPAM with a VXLAN pool on cluster-cidr and BGP Disabled (default block size): set the design's IPAM, encapsulation and BGP in that HelmChartConfig (installation.calicoNetwork).",
    );
  }
  if (design.cni.kind === "flannel" && design.cni.backend !== "vxlan") {
    notes.push(
      `RKE2's default Flannel backend is vxlan: set the design's backend (${design.cni.backend}) in that HelmChartConfig.`,
    );
  }
  return notes;
}

/**
 * The HelmChartConfig that hands the cilium-values export to RKE2's bundled rke2-cilium chart:
 * rke2-cilium takes the upstream Cilium chart's values at the top level of `spec.valuesContent`
 * (RKE2 docs, "Using a custom CNI" / HelmChartConfig), so the export's text goes in verbatim.
 */
export function renderRke2CiliumConfig(design: Design): ExportFile[] {
  const values = renderCiliumValues(design)[0];
  if (!values) return [];
  return [
    yamlFile(RKE2_CILIUM_CONFIG, [
      {
        header: [
          "RKE2's bundled Cilium chart values (the cilium-values export), addressing keys only.",
          "Put in /var/lib/rancher/rke2/server/manifests/ on a server node, before first start to keep the IPAM settings.",
        ],
        value: {
          apiVersion: "helm.cattle.io/v1",
          kind: "HelmChartConfig",
          metadata: { name: "rke2-cilium", namespace: "kube-system" },
          spec: { valuesContent: values.text },
        },
      },
    ]),
  ];
}

/**
 * RKE2 `config.yaml`: the same addressing keys as k3s, plus `cni` selecting the bundled chart;
 * with Cilium, also the HelmChartConfig carrying the cilium-values export.
 */
export function renderRke2Config(design: Design): ExportFile[] {
  const cni = rke2Cni(design);
  const notes =
    cni === "none"
      ? ["cni: none: install the CNI yourself; nodes stay NotReady until it runs."]
      : chartNotes(design, cni);
  return [...rancherFile(design, "rke2", { cni }, notes), ...renderRke2CiliumConfig(design)];
}

/** RKE2 server configuration. */
export const rke2ConfigTarget: ExportTarget = {
  id: "rke2-config",
  label: "RKE2 config.yaml",
  description:
    "/etc/rancher/rke2/config.yaml (RKE2 1.29-1.36): cni, cluster-cidr, service-cidr, cluster-dns, node masks and max-pods; with Cilium, the rke2-cilium HelmChartConfig holding the Cilium values.",
  appliesTo: distroApplies,
  render: renderRke2Config,
  refusedBy: {
    tool: "rke2 server (kube-apiserver, kube-controller-manager)",
    rules: CONTROL_PLANE_REFUSING_RULES,
  },
};
