import type { Design } from "../../core/design/schema.ts";
import { commonSupernet, formatPrefix, prefixOf, type Prefix } from "../../core/ip/prefix.ts";
import { dnsAddress, firstPodCidr, isDualStack, perFamily, serviceCidr } from "../addressing.ts";
import { canonical, nodeSubnets, resourceName } from "../cloudNetworks.ts";
import { hclFile, hclRaw, hclVariable, type HclBlock, type HclValue } from "../hclText.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { AKS_REFUSING_RULES, aksPodSubnetName, isAks } from "./aksCli.ts";
import { requiredProvider } from "./terraformEks.ts";

/** AKS node pools take 1 to 1,000 nodes (`node_count`, azurerm v5.2.0). */
const AKS_POOL_MAX_NODES = 1000;

/** `network_profile` attributes of an AKS design (azurerm v5.2.0, reference/managed-clouds.md 3.7). */
function networkProfile(design: Design): (readonly [string, HclValue | undefined])[] {
  const cni = design.cni;
  const dual = isDualStack(design);
  const vnetPods = cni.kind === "azure-cni";
  const pods = vnetPods ? [] : perFamily(design, (f) => firstPodCidr(design, f));
  const services = perFamily(design, (f) => serviceCidr(design, f));
  const dataplane = "dataplane" in cni && cni.dataplane === "cilium" ? "cilium" : undefined;
  return [
    ["network_plugin", cni.kind === "aks-kubenet" ? "kubenet" : "azure"],
    ["network_plugin_mode", cni.kind === "azure-overlay" ? "overlay" : undefined],
    ["network_data_plane", dataplane],
    ["network_policy", dataplane],
    [
      "ip_versions",
      dual ? design.ipFamilies.map((f) => (f === "ipv4" ? "IPv4" : "IPv6")) : undefined,
    ],
    ["pod_cidr", !dual && pods[0] ? pods[0] : undefined],
    ["pod_cidrs", dual && pods.length > 0 ? pods : undefined],
    ["service_cidr", dual ? undefined : services[0]],
    ["service_cidrs", dual ? services : undefined],
    ["dns_service_ip", dnsAddress(design, "ipv4") ?? dnsAddress(design, "ipv6")],
  ];
}

/**
 * Terraform (hashicorp/azurerm v5.2.0 field names) for an AKS design: the VNet (derived block
 * covering the node networks) with one `azurerm_subnet` per IPv4 node network, and
 * `azurerm_kubernetes_cluster` with `network_profile` (plugin, mode, data plane, pod and Service
 * CIDRs, DNS IP) and a default node pool in the node subnet (and pod subnet) with max pods.
 */
export function renderTerraformAks(design: Design): ExportFile[] {
  if (!isAks(design)) return [];
  const cni = design.cni;
  const podSubnet = aksPodSubnetName(design);
  const networks = nodeSubnets(design);
  const nodeNet = nodeSubnets(design, podSubnet)[0];
  const space = commonSupernet(
    networks.map((n) => prefixOf(n.cidr)).filter((p): p is Prefix => p !== undefined),
  );
  const nodeCount = Math.min(Math.max(design.nodes.count, 1), AKS_POOL_MAX_NODES);
  const header = [
    `Terraform (hashicorp/azurerm) for the AKS cluster "${design.name}": VNet, subnets and the cluster's network_profile.`,
    ...(space
      ? ["The VNet address space is derived: the smallest block holding the node networks."]
      : []),
    ...(cni.kind === "azure-cni" &&
    cni.ipam === "pod-subnet" &&
    cni.podIpAllocation === "static-block"
      ? [
          "NOT CARRIED: static-block pod IP allocation has no azurerm v5.2.0 argument; create the pool with az aks create --pod-ip-allocation-mode StaticBlock.",
        ]
      : []),
    ...(nodeCount !== design.nodes.count
      ? [
          `NOT CARRIED: ${design.nodes.count} nodes; a node pool takes 1 to ${AKS_POOL_MAX_NODES}, so node_count is ${nodeCount}.`,
        ]
      : []),
  ];
  const subnetRef = (name: string) => hclRaw(`azurerm_subnet.${resourceName(name)}.id`);
  const hcl: HclBlock[] = [
    requiredProvider("azurerm", "hashicorp/azurerm"),
    hclVariable("resource_group_name", "Resource group of the VNet and the cluster"),
    hclVariable("location", "Azure region, e.g. westeurope"),
    hclVariable("vm_size", "VM size of the default node pool", "Standard_D4s_v5"),
    ...(space
      ? [
          {
            type: "resource",
            labels: ["azurerm_virtual_network", "this"],
            attrs: [
              ["name", `${design.name}-vnet`],
              ["resource_group_name", hclRaw("var.resource_group_name")],
              ["location", hclRaw("var.location")],
              ["address_space", [formatPrefix(space)]],
            ],
          } satisfies HclBlock,
          ...networks.map((n): HclBlock => ({
            type: "resource",
            labels: ["azurerm_subnet", resourceName(n.name)],
            attrs: [
              ["name", n.name],
              ["resource_group_name", hclRaw("var.resource_group_name")],
              ["virtual_network_name", hclRaw("azurerm_virtual_network.this.name")],
              ["address_prefixes", [canonical(n.cidr)]],
            ],
          })),
        ]
      : []),
    {
      type: "resource",
      labels: ["azurerm_kubernetes_cluster", "this"],
      attrs: [
        ["name", design.name],
        ["location", hclRaw("var.location")],
        ["resource_group_name", hclRaw("var.resource_group_name")],
        ["dns_prefix", design.name],
      ],
      blocks: [
        {
          type: "default_node_pool",
          attrs: [
            ["name", "system"],
            ["vm_size", hclRaw("var.vm_size")],
            ["node_count", nodeCount],
            ["max_pods", design.nodes.maxPods],
            ["vnet_subnet_id", nodeNet ? subnetRef(nodeNet.name) : undefined],
            [
              "pod_subnet_id",
              podSubnet && networks.some((n) => n.name === podSubnet)
                ? subnetRef(podSubnet)
                : undefined,
            ],
          ],
        },
        { type: "identity", attrs: [["type", "SystemAssigned"]] },
        { type: "network_profile", attrs: networkProfile(design) },
      ],
    },
  ];
  return [hclFile("aks.tf", header, hcl)];
}

/** Terraform for AKS: VNet, subnets, `azurerm_kubernetes_cluster` network_profile. */
export const terraformAksTarget: ExportTarget = {
  id: "terraform-aks",
  label: "Terraform: AKS (azurerm_kubernetes_cluster)",
  description:
    "Terraform for hashicorp/azurerm: `azurerm_virtual_network` and `azurerm_subnet`s for the node (and pod) subnets, `azurerm_kubernetes_cluster` with `network_profile` (plugin, mode, data plane, pod/Service CIDRs, DNS IP) and a default node pool with max pods.",
  appliesTo: isAks,
  render: renderTerraformAks,
  refusedBy: { tool: "AKS", rules: AKS_REFUSING_RULES, errorsOnly: true },
};
