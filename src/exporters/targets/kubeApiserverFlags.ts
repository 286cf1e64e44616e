import type { Design } from "../../core/design/schema.ts";
import { nodePortRange, perFamily, selfManaged, serviceCidr } from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { flagsFile } from "../yamlText.ts";
import { APISERVER_REFUSING_RULES } from "../refusals.ts";

/**
 * kube-apiserver flags: `--service-cluster-ip-range` (one range per family, primary first; the
 * first is the cluster's default Service family) and `--service-node-port-range`.
 */
export function renderKubeApiserverFlags(design: Design): ExportFile[] {
  return [
    flagsFile(
      "kube-apiserver.flags",
      [
        "kube-apiserver flags (Kubernetes 1.29-1.36).",
        "The Service range is a flag, not a configuration-file field; the kubernetes Service takes its first address.",
      ],
      [
        {
          name: "service-cluster-ip-range",
          value: perFamily(design, (f) => serviceCidr(design, f)).join(","),
        },
        { name: "service-node-port-range", value: nodePortRange(design) },
      ],
    ),
  ];
}

/** kube-apiserver flags; every design has a Service range. */
export const kubeApiserverFlagsTarget: ExportTarget = {
  id: "kube-apiserver-flags",
  label: "kube-apiserver flags",
  description:
    "kube-apiserver --service-cluster-ip-range and --service-node-port-range (Kubernetes 1.29-1.36); the Service range is a flag, not a config-file field.",
  appliesTo: selfManaged,
  render: renderKubeApiserverFlags,
  refusedBy: { tool: "kube-apiserver", rules: APISERVER_REFUSING_RULES },
};
