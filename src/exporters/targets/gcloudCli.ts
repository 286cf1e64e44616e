import type { Design } from "../../core/design/schema.ts";
import { commandFile, shellVar, type CommandArg } from "../commandText.ts";
import { gkeRanges } from "../gkeRanges.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { GKE_MANAGED_SERVICE_RANGE } from "../../core/cloud/gke/gkeFacts.ts";

/** The rules whose errors GKE would refuse (max pods out of range, IPv6-only, Autopilot max pods). */
export const GKE_REFUSING_RULES: readonly string[] = ["gke-vpc-native"];

const variable = (name: string, value: string): CommandArg => ({
  name,
  value: shellVar(value),
  raw: true,
});

/**
 * `gcloud compute networks subnets create` for the GKE subnet: primary range, `--secondary-range`
 * with the pod ranges (and the Service range unless GKE manages it), dual-stack settings.
 */
export function gkeSubnetArgs(design: Design): CommandArg[] {
  const r = gkeRanges(design);
  const secondary = [...r.pods, ...(r.services ? [r.services] : [])];
  return [
    variable("network", "NETWORK"),
    variable("region", "REGION"),
    ...(r.subnet ? [{ name: "range", value: r.subnet.cidr }] : []),
    ...(secondary.length > 0
      ? [{ name: "secondary-range", value: secondary.map((s) => `${s.name}=${s.cidr}`).join(",") }]
      : []),
    ...(r.dualStack
      ? [
          { name: "stack-type", value: "IPV4_IPV6" },
          { name: "ipv6-access-type", value: "INTERNAL" },
        ]
      : []),
  ];
}

/**
 * `gcloud container clusters create` (Standard) or `create-auto` (Autopilot) in that subnet:
 * VPC-native with the pod and Service secondary ranges by name, max pods per node (Standard; it
 * sets the per-node range, reference/managed-clouds.md 2.2), dual-stack when the design is.
 */
export function gkeClusterArgs(design: Design): CommandArg[] {
  const cni = design.cni;
  const autopilot = cni.kind === "gke" && cni.mode === "autopilot";
  const r = gkeRanges(design);
  return [
    variable("region", "REGION"),
    variable("network", "NETWORK"),
    variable("subnetwork", "SUBNET"),
    ...(autopilot ? [] : [{ name: "enable-ip-alias" }]),
    ...(r.pods[0] ? [{ name: "cluster-secondary-range-name", value: r.pods[0].name }] : []),
    ...(r.services ? [{ name: "services-secondary-range-name", value: r.services.name }] : []),
    ...(autopilot
      ? []
      : [{ name: "default-max-pods-per-node", value: String(design.nodes.maxPods) }]),
    ...(r.dualStack ? [{ name: "stack-type", value: "ipv4-ipv6" }] : []),
  ];
}

/** The gcloud commands of a GKE design: the subnet, the cluster, and additional pod ranges. */
export function renderGcloud(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind !== "gke") return [];
  const r = gkeRanges(design);
  const autopilot = cni.mode === "autopilot";
  const files = [
    commandFile(
      "gke-subnet.sh",
      [
        `GKE subnet for "${design.name}": node range, pod${r.services ? " and Service" : ""} secondary ranges (gcloud 578).`,
        "Set NETWORK, REGION and SUBNET first.",
        ...(r.services
          ? []
          : [
              `The Service range is GKE-managed (${GKE_MANAGED_SERVICE_RANGE}): no secondary range for it.`,
            ]),
        ...r.notes,
      ],
      `gcloud compute networks subnets create ${shellVar("SUBNET")}`,
      gkeSubnetArgs(design),
    ),
    commandFile(
      "gke-create.sh",
      [
        `GKE ${autopilot ? "Autopilot" : "Standard"} cluster "${design.name}", VPC-native, in the subnet above.`,
        autopilot
          ? "Autopilot runs 32 pods per node (a /26 each); max pods cannot be set."
          : `Max pods ${design.nodes.maxPods} per node: GKE gives each node a range of at least twice that.`,
      ],
      `gcloud container clusters ${autopilot ? "create-auto" : "create"} ${shellVar("CLUSTER_NAME")}`,
      gkeClusterArgs(design),
    ),
  ];
  const additional = r.pods.slice(1);
  if (additional.length > 0) {
    files.push(
      commandFile(
        "gke-additional-pod-ranges.sh",
        ["Additional (discontiguous) pod ranges for new node pools, after the cluster exists."],
        `gcloud container clusters update ${shellVar("CLUSTER_NAME")}`,
        [
          variable("region", "REGION"),
          { name: "additional-pod-ipv4-ranges", value: additional.map((p) => p.name).join(",") },
        ],
      ),
    );
  }
  return files;
}

/** gcloud commands for GKE. */
export const gcloudTarget: ExportTarget = {
  id: "gcloud",
  label: "GKE (gcloud commands)",
  description:
    "gcloud 578 commands: `compute networks subnets create` with the pod (and Service) secondary ranges, `container clusters create` / `create-auto` VPC-native with max pods per node, and `clusters update --additional-pod-ipv4-ranges` for further pod ranges.",
  appliesTo: (design) => design.cni.kind === "gke",
  render: renderGcloud,
  refusedBy: { tool: "GKE", rules: GKE_REFUSING_RULES, errorsOnly: true },
};
