import type { Design } from "../../core/design/schema.ts";
import { familyLabel } from "../../core/ip/family.ts";
import {
  dnsAddress,
  exampleNodeIp,
  firstNodeRange,
  isDualStack,
  perFamily,
  selfManaged,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { flagsFile, yamlFile, type KeyComment } from "../yamlText.ts";

/** The dual-stack `--node-ip` pair (primary first) from example hosts, or undefined if a family has no node network. */
export function dualStackNodeIp(design: Design): string | undefined {
  if (!isDualStack(design)) return undefined;
  const ips = perFamily(design, (f) => exampleNodeIp(design, f));
  return ips.length === 2 ? ips.join(",") : undefined;
}

/** The note that goes with every exported node IP. */
export const NODE_IP_NOTE =
  "Example addresses from the first node network of each family: replace them with each node's own addresses.";

/**
 * A `KubeletConfiguration` (`kubelet.config.k8s.io/v1beta1`) with `maxPods`, `clusterDNS` (the
 * 10th address of each Service range, primary first), `clusterDomain`, and in kubelet-standalone
 * mode `podCIDR` (one CIDR: the first node range of the primary family); for dual-stack also a
 * kubelet flags file with `--node-ip`.
 */
export function renderKubeletConfig(design: Design): ExportFile[] {
  const value: Record<string, unknown> = {
    apiVersion: "kubelet.config.k8s.io/v1beta1",
    kind: "KubeletConfiguration",
    maxPods: design.nodes.maxPods,
    clusterDNS: perFamily(design, (f) => dnsAddress(design, f)),
    clusterDomain: design.clusterDomain,
  };
  const comments: KeyComment[] = [
    {
      path: ["clusterDNS"],
      text: "The 10th address of each Service range: the cluster DNS Service must have these clusterIPs.",
    },
  ];
  const primary = design.ipFamilies[0];
  const podCidr =
    design.cni.kind === "kubelet-standalone" && primary
      ? firstNodeRange(design, primary)
      : undefined;
  if (podCidr) {
    value.podCIDR = podCidr;
    const secondary = design.ipFamilies[1];
    const other = secondary ? firstNodeRange(design, secondary) : undefined;
    comments.push({
      path: ["podCIDR"],
      text: [
        "The first node range: every node needs its own range here (standalone mode only; podCIDR takes one CIDR).",
        ...(other && secondary
          ? [
              `The ${familyLabel(secondary)} node range (${other} for this node) goes into the CNI configuration.`,
            ]
          : []),
      ].join("\n"),
    });
  }
  const files = [
    yamlFile("kubelet-config.yaml", [
      {
        header: ["kubelet configuration file (kubelet --config), addressing fields only."],
        value,
        comments,
      },
    ]),
  ];
  const nodeIp = dualStackNodeIp(design);
  if (isDualStack(design)) {
    files.push(
      flagsFile(
        "kubelet.flags",
        [
          "kubelet flags for dual-stack: --node-ip takes one address per family, primary first.",
          nodeIp
            ? NODE_IP_NOTE
            : "The design has no node network of each family: set --node-ip=<IPv4>,<IPv6> by hand.",
        ],
        nodeIp ? [{ name: "node-ip", value: nodeIp }] : [],
      ),
    );
  }
  return files;
}

/** kubelet configuration (and dual-stack flags). */
export const kubeletConfigTarget: ExportTarget = {
  id: "kubelet-config",
  label: "kubelet configuration",
  description:
    "KubeletConfiguration (kubelet.config.k8s.io/v1beta1, Kubernetes 1.29-1.36): maxPods, clusterDNS, clusterDomain, podCIDR in standalone mode; --node-ip for dual-stack.",
  appliesTo: selfManaged,
  render: renderKubeletConfig,
};
