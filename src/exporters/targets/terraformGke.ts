import type { Design } from "../../core/design/schema.ts";
import { resourceName } from "../cloudNetworks.ts";
import { gkeRanges } from "../gkeRanges.ts";
import { hclFile, hclRaw, hclVariable, type HclBlock } from "../hclText.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { GKE_REFUSING_RULES } from "./gcloudCli.ts";
import { requiredProvider } from "./terraformEks.ts";
import { GKE_MANAGED_SERVICE_RANGE } from "../../core/cloud/gke/gkeFacts.ts";

/**
 * Terraform (hashicorp/google v7.45.0 field names) for a GKE design: `google_compute_subnetwork`
 * with the node range and `secondary_ip_range` blocks for pods (and Services unless GKE-managed),
 * and a VPC-native `google_container_cluster` whose `ip_allocation_policy` names the ranges, with
 * `default_max_pods_per_node` (Standard) or `enable_autopilot`.
 */
export function renderTerraformGke(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind !== "gke") return [];
  const r = gkeRanges(design);
  const autopilot = cni.mode === "autopilot";
  const secondary = [...r.pods, ...(r.services ? [r.services] : [])];
  const subnet = resourceName(r.subnet?.name ?? "nodes");
  const hcl: HclBlock[] = [
    requiredProvider("google", "hashicorp/google"),
    hclVariable("network", "Self link or name of the VPC network"),
    hclVariable("region", "Region of the subnet and the cluster"),
    {
      type: "resource",
      labels: ["google_compute_subnetwork", subnet],
      attrs: [
        ["name", r.subnet?.name ?? "nodes"],
        ["network", hclRaw("var.network")],
        ["region", hclRaw("var.region")],
        ["ip_cidr_range", r.subnet?.cidr],
        ["stack_type", r.dualStack ? "IPV4_IPV6" : undefined],
        ["ipv6_access_type", r.dualStack ? "INTERNAL" : undefined],
      ],
      blocks: secondary.map((s) => ({
        type: "secondary_ip_range",
        attrs: [
          ["range_name", s.name],
          ["ip_cidr_range", s.cidr],
        ],
      })),
    },
    {
      type: "resource",
      labels: ["google_container_cluster", "this"],
      attrs: [
        ["name", design.name],
        ["location", hclRaw("var.region")],
        ["network", hclRaw("var.network")],
        ["subnetwork", hclRaw(`google_compute_subnetwork.${subnet}.id`)],
        ["networking_mode", "VPC_NATIVE"],
        ["enable_autopilot", autopilot ? true : undefined],
        ["default_max_pods_per_node", autopilot ? undefined : design.nodes.maxPods],
        ["initial_node_count", autopilot ? undefined : 1],
      ],
      blocks: [
        {
          type: "ip_allocation_policy",
          attrs: [
            ["cluster_secondary_range_name", r.pods[0]?.name],
            ["services_secondary_range_name", r.services?.name],
            ["stack_type", r.dualStack ? "IPV4_IPV6" : undefined],
          ],
          blocks:
            r.pods.length > 1
              ? [
                  {
                    type: "additional_pod_ranges_config",
                    attrs: [["pod_range_names", r.pods.slice(1).map((p) => p.name)]],
                  },
                ]
              : [],
        },
      ],
    },
  ];
  const header = [
    `Terraform (hashicorp/google) for the GKE ${autopilot ? "Autopilot" : "Standard"} cluster "${design.name}": subnet with secondary ranges, VPC-native cluster.`,
    ...(r.services
      ? []
      : [
          `The Service range is GKE-managed (${GKE_MANAGED_SERVICE_RANGE}): no secondary range for it.`,
        ]),
    ...(autopilot
      ? []
      : [
          `Max pods ${design.nodes.maxPods} per node: GKE gives each node a range of at least twice that.`,
        ]),
    ...r.notes,
  ];
  return [hclFile("gke.tf", header, hcl)];
}

/** Terraform for GKE: subnet secondary ranges and the cluster. */
export const terraformGkeTarget: ExportTarget = {
  id: "terraform-gke",
  label: "Terraform: GKE (google_container_cluster)",
  description:
    "Terraform for hashicorp/google: `google_compute_subnetwork` with pod and Service `secondary_ip_range`s, and a VPC-native `google_container_cluster` (`ip_allocation_policy`, additional pod ranges, max pods per node).",
  appliesTo: (design) => design.cni.kind === "gke",
  render: renderTerraformGke,
  refusedBy: { tool: "GKE", rules: GKE_REFUSING_RULES, errorsOnly: true },
};
