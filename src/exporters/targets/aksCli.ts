import { AKS_KUBENET_RETIREMENT } from "../../core/cloud/aks/aksFacts.ts";
import { platformOf } from "../../core/cloud/platformCapacity.ts";
import { AKS_IPV6_NODE_MASK, AKS_MAX_PODS, AKS_OVERLAY_NODE_MASK } from "../../core/cni/aks.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  dnsAddress,
  firstPodCidr,
  isDualStack,
  perFamily,
  podCidrs,
  serviceCidr,
} from "../addressing.ts";
import { canonical, nodeSubnets } from "../cloudNetworks.ts";
import { commandLines, shellVar, type CommandArg } from "../commandText.ts";
import type { ExportFile, ExportTarget } from "../types.ts";

/** The rules whose errors AKS refuses (max pods, Service CIDR size, reserved ranges, pod subnet). */
export const AKS_REFUSING_RULES: readonly string[] = ["aks-network", "aks-overlay"];

/** The pod subnet of an Azure CNI pod-subnet design (default name "pods"). */
export function aksPodSubnetName(design: Design): string | undefined {
  const cni = design.cni;
  return cni.kind === "azure-cni" && cni.ipam === "pod-subnet"
    ? (cni.podNetwork ?? "pods")
    : undefined;
}

/** `--network-plugin` and its mode flags for each AKS CNI (reference/managed-clouds.md 3.3). */
function pluginArgs(design: Design): CommandArg[] {
  const cni = design.cni;
  const dataplane =
    "dataplane" in cni && cni.dataplane === "cilium"
      ? [{ name: "network-dataplane", value: "cilium" }]
      : [];
  switch (cni.kind) {
    case "aks-kubenet":
      return [{ name: "network-plugin", value: "kubenet" }];
    case "azure-cni":
      return [
        { name: "network-plugin", value: "azure" },
        ...dataplane,
        { name: "vnet-subnet-id", value: shellVar("NODE_SUBNET_ID"), raw: true },
        ...(cni.ipam === "pod-subnet"
          ? [
              { name: "pod-subnet-id", value: shellVar("POD_SUBNET_ID"), raw: true },
              {
                name: "pod-ip-allocation-mode",
                value: cni.podIpAllocation === "static-block" ? "StaticBlock" : "DynamicIndividual",
              },
            ]
          : []),
      ];
    default:
      return [
        { name: "network-plugin", value: "azure" },
        { name: "network-plugin-mode", value: "overlay" },
        ...dataplane,
      ];
  }
}

/**
 * The `az aks create` arguments for the design's AKS CNI: resource group and name as shell
 * variables, the plugin flags (overlay, kubenet, or Azure CNI with the node subnet and pod subnet
 * IDs as variables, allocation mode, Cilium data plane), then the pod CIDR (overlay and kubenet
 * only: Azure CNI pods take VNet addresses) and Service CIDR for IPv4 single-stack, or
 * `--ip-families`, `--pod-cidrs`, `--service-cidrs` for dual-stack, `--dns-service-ip` (tenth
 * Service address, IPv4 first) and `--max-pods`.
 */
export function aksCreateArgs(design: Design): CommandArg[] {
  const vnetPods = design.cni.kind === "azure-cni";
  const pods = vnetPods ? [] : perFamily(design, (f) => firstPodCidr(design, f));
  const services = perFamily(design, (f) => serviceCidr(design, f));
  const single = !isDualStack(design) && design.ipFamilies[0] === "ipv4";
  const dns = dnsAddress(design, "ipv4") ?? dnsAddress(design, "ipv6");
  const podArg = (name: string) => (pods.length > 0 ? [{ name, value: pods.join(",") }] : []);
  return [
    { name: "resource-group", value: shellVar("RESOURCE_GROUP"), raw: true },
    { name: "name", value: shellVar("CLUSTER_NAME"), raw: true },
    ...pluginArgs(design),
    ...(single
      ? [...podArg("pod-cidr"), { name: "service-cidr", value: services.join(",") }]
      : [
          { name: "ip-families", value: design.ipFamilies.join(",") },
          ...podArg("pod-cidrs"),
          { name: "service-cidrs", value: services.join(",") },
        ]),
    ...(dns ? [{ name: "dns-service-ip", value: dns }] : []),
    { name: "max-pods", value: String(design.nodes.maxPods) },
  ];
}

/** Header lines saying what the command assumes for each plugin. */
function headerOf(design: Design): string[] {
  const cni = design.cni;
  const podSubnet = aksPodSubnetName(design);
  const node = nodeSubnets(design, podSubnet)[0];
  const pod = design.nodes.networks.find((n) => n.name === podSubnet);
  // A dual-stack cluster: each node's IPv6 block too (AKS_NODE_MASK).
  const v6 = design.ipv6 ? ` and a /${AKS_IPV6_NODE_MASK} of the IPv6 one` : "";
  switch (cni.kind) {
    case "aks-kubenet":
      return [
        "AKS kubenet: az aks create with the design's address plan (Azure CLI).",
        "Set RESOURCE_GROUP and CLUSTER_NAME first; add --vnet-subnet-id for a node subnet you created.",
        `AKS gives every node a /${AKS_OVERLAY_NODE_MASK} of the pod CIDR${v6} and a route per node (at most 400 nodes).`,
        `kubenet on AKS retires on ${AKS_KUBENET_RETIREMENT}.`,
      ];
    case "azure-cni":
      return [
        `Azure CNI (${podSubnet ? "pod subnet" : "node subnet"}) on AKS: az aks create with the design's address plan (Azure CLI).`,
        "Set RESOURCE_GROUP, CLUSTER_NAME and the subnet IDs first (az network vnet subnet show --query id).",
        `NODE_SUBNET_ID: subnet "${node?.name ?? "nodes"}"${node ? ` ${canonical(node.cidr)}` : ""}${podSubnet ? `; POD_SUBNET_ID: subnet "${podSubnet}"${pod ? ` ${canonical(pod.cidr)}` : ""}` : ""}.`,
        podSubnet
          ? "Pods take addresses from the pod subnet; no pod CIDR is given."
          : `Every node reserves max pods + 1 = ${design.nodes.maxPods + 1} addresses of the node subnet when it joins.`,
      ];
    default:
      return [
        "Azure CNI Overlay (AKS): az aks create with the design's address plan (Azure CLI).",
        "Set RESOURCE_GROUP and CLUSTER_NAME first; add --vnet-subnet-id for a node subnet you created.",
        `AKS gives every node a /${AKS_OVERLAY_NODE_MASK} of the pod CIDR${v6} (the node mask${v6 ? "s are" : " is"} fixed); --max-pods is at most ${AKS_MAX_PODS}.`,
      ];
  }
}

/** A shell snippet creating the AKS cluster with the design's address plan. */
export function renderAksCli(design: Design): ExportFile[] {
  const header = headerOf(design);
  if (design.cni.kind !== "azure-cni") {
    for (const family of design.ipFamilies) {
      if (podCidrs(design, family).length > 1) {
        header.push(`AKS takes one pod CIDR per family: only the first ${family} range is used.`);
      }
    }
  }
  const lines = [
    ...header.map((h) => `# ${h}`),
    ...commandLines("az aks create", aksCreateArgs(design)),
  ];
  return [{ filename: "aks-create.sh", text: `${lines.join("\n")}\n`, language: "shell" }];
}

/** True for the AKS CNIs: Azure CNI Overlay, kubenet, Azure CNI (node or pod subnet). */
export function isAks(design: Design): boolean {
  return platformOf(design.cni) === "aks";
}

/** `az aks create` flags, for AKS designs. */
export const aksCliTarget: ExportTarget = {
  id: "aks-cli",
  label: "AKS (az aks create)",
  description:
    "Azure CLI `az aks create` flags for every AKS plugin (Azure CNI Overlay, kubenet, Azure CNI with node or pod subnet, Cilium data plane): pod and Service CIDRs, DNS service IP, max pods, subnet IDs, IP families for dual-stack.",
  appliesTo: isAks,
  render: renderAksCli,
  refusedBy: { tool: "AKS", rules: AKS_REFUSING_RULES, errorsOnly: true },
};
