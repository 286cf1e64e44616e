import { DEFAULT_MAX_PODS, DEFAULT_NODE_PORT_RANGE } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  coveringPodCidr,
  droppedPodRangeNotes,
  exampleNodeIp,
  firstPodCidr,
  isDualStack,
  nodePortRange,
  perFamily,
  selfManaged,
  serviceCidr,
  usesPodRange,
} from "../addressing.ts";
import { KUBEADM_REFUSING_RULES } from "../refusals.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type YamlDocSpec } from "../yamlText.ts";
import { nodeMaskFlags } from "./kubeControllerManagerFlags.ts";
import { dualStackNodeIp, NODE_IP_NOTE } from "./kubeletConfig.ts";

const API_VERSION = "kubeadm.k8s.io/v1beta4";

/** v1beta4 writes extra arguments as a list of `{name, value}` with string values. */
type Arg = { name: string; value: string };

function clusterConfiguration(design: Design): YamlDocSpec {
  const allocates = controllerManagerAllocates(design);
  const networking: Record<string, unknown> = {};
  if (allocates) {
    networking.podSubnet = perFamily(design, (f) => firstPodCidr(design, f)).join(",");
  }
  networking.serviceSubnet = perFamily(design, (f) => serviceCidr(design, f)).join(",");
  networking.dnsDomain = design.clusterDomain;
  const controllerArgs: Arg[] = allocates
    ? nodeMaskFlags(design).map(({ name, value }) => ({ name, value }))
    : [{ name: "allocate-node-cidrs", value: "false" }];
  const value: Record<string, unknown> = {
    apiVersion: API_VERSION,
    kind: "ClusterConfiguration",
    networking,
  };
  if (nodePortRange(design) !== DEFAULT_NODE_PORT_RANGE) {
    value.apiServer = {
      extraArgs: [{ name: "service-node-port-range", value: nodePortRange(design) }],
    };
  }
  value.controllerManager = { extraArgs: controllerArgs };
  const header = [
    `kubeadm configuration (${API_VERSION}, kubeadm 1.31+): kubeadm init --config kubeadm-config.yaml`,
    "kubeadm passes serviceSubnet to kube-apiserver and kube-controller-manager as --service-cluster-ip-range.",
  ];
  if (allocates) {
    header.push(
      "With podSubnet set kubeadm turns on node IPAM; it sets no node mask, so the masks are passed explicitly.",
    );
    for (const note of droppedPodRangeNotes(design, "podSubnet")) header.push(note);
  } else {
    header.push(
      "podSubnet is left out: in this mode kube-controller-manager must not allocate node ranges.",
    );
  }
  return {
    header,
    value,
    comments: [
      {
        path: ["controllerManager"],
        text: "kube-controller-manager has no configuration file (--config is an unknown flag); extraArgs become flags.",
      },
    ],
  };
}

/**
 * The kubelet `node-ip` kubeadm's InitConfiguration passes, with its note: the example pair for
 * dual-stack; for IPv6-only the example IPv6 address, since an unset `--node-ip` makes the kubelet
 * pick the host's default IPv4 address when it has one. Undefined for IPv4-only designs or when a
 * family has no node network.
 */
function initNodeIp(design: Design): { value: string; note: string } | undefined {
  if (isDualStack(design)) {
    const pair = dualStackNodeIp(design);
    return pair ? { value: pair, note: NODE_IP_NOTE } : undefined;
  }
  if (design.ipFamilies[0] !== "ipv6") return undefined;
  const ip = exampleNodeIp(design, "ipv6");
  return ip
    ? {
        value: ip,
        note: "Example address from the first IPv6 node network: replace it with each node's own address (unset, the kubelet picks the host's default IPv4 address if it has one).",
      }
    : undefined;
}

/**
 * kubeadm `ClusterConfiguration` (`kubeadm.k8s.io/v1beta4`): podSubnet (only where
 * kube-controller-manager allocates; otherwise `allocate-node-cidrs: "false"`), serviceSubnet,
 * dnsDomain, explicit node masks, a non-default NodePort range; plus an `InitConfiguration` with
 * the example `node-ip` for dual-stack and IPv6-only designs, a `KubeProxyConfiguration` when podSubnet cannot carry clusterCIDR,
 * and a `KubeletConfiguration` when maxPods is not 110.
 */
export function renderKubeadm(design: Design): ExportFile[] {
  const docs: YamlDocSpec[] = [clusterConfiguration(design)];
  const nodeIp = initNodeIp(design);
  if (nodeIp) {
    docs.push({
      header: [nodeIp.note],
      value: {
        apiVersion: API_VERSION,
        kind: "InitConfiguration",
        nodeRegistration: { kubeletExtraArgs: [{ name: "node-ip", value: nodeIp.value }] },
      },
    });
  }
  if (!controllerManagerAllocates(design) && usesPodRange(design)) {
    const covering = perFamily(design, (f) => coveringPodCidr(design, f));
    docs.push({
      header: [
        "Without podSubnet kubeadm cannot fill kube-proxy's clusterCIDR: it is set here.",
        ...(covering.some((c) => c.supernet)
          ? ["A family with several pod ranges gets their smallest common supernet."]
          : []),
      ],
      value: {
        apiVersion: "kubeproxy.config.k8s.io/v1alpha1",
        kind: "KubeProxyConfiguration",
        clusterCIDR: covering.map((c) => c.cidr).join(","),
      },
    });
  }
  if (design.nodes.maxPods !== DEFAULT_MAX_PODS) {
    docs.push({
      header: [
        "kubeadm fills clusterDNS and clusterDomain from networking; only maxPods is set here.",
      ],
      value: {
        apiVersion: "kubelet.config.k8s.io/v1beta1",
        kind: "KubeletConfiguration",
        maxPods: design.nodes.maxPods,
      },
    });
  }
  return [yamlFile("kubeadm-config.yaml", docs)];
}

/** kubeadm init configuration. */
export const kubeadmTarget: ExportTarget = {
  id: "kubeadm",
  label: "kubeadm configuration",
  description:
    "kubeadm ClusterConfiguration and InitConfiguration (kubeadm.k8s.io/v1beta4, kubeadm 1.31-1.36) with networking, node masks and node IPs.",
  appliesTo: selfManaged,
  render: renderKubeadm,
  refusedBy: { tool: "kubeadm", rules: KUBEADM_REFUSING_RULES },
};
