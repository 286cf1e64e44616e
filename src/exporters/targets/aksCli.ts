import { AKS_MAX_PODS, AKS_OVERLAY_NODE_MASK } from "../../core/cni/aks.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  dnsAddress,
  firstPodCidr,
  isDualStack,
  perFamily,
  podCidrs,
  serviceCidr,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { shellQuote } from "../yamlText.ts";

/** One `az aks create` argument: `--name value`; `raw` values are shell text written unquoted. */
interface AzArg {
  name: string;
  value: string;
  raw?: boolean;
}

/**
 * The `az aks create` arguments for the design under Azure CNI Overlay: resource group and name
 * as shell variables, `--network-plugin azure --network-plugin-mode overlay`, then `--pod-cidr`,
 * `--service-cidr` for IPv4 single-stack or `--ip-families`, `--pod-cidrs`, `--service-cidrs`
 * for dual-stack, `--dns-service-ip` (tenth Service address, IPv4 first) and `--max-pods`.
 */
export function aksCreateArgs(design: Design): AzArg[] {
  const pods = perFamily(design, (f) => firstPodCidr(design, f));
  const services = perFamily(design, (f) => serviceCidr(design, f));
  const single = !isDualStack(design) && design.ipFamilies[0] === "ipv4";
  const dns = dnsAddress(design, "ipv4") ?? dnsAddress(design, "ipv6");
  return [
    { name: "resource-group", value: '"$RESOURCE_GROUP"', raw: true },
    { name: "name", value: '"$CLUSTER_NAME"', raw: true },
    { name: "network-plugin", value: "azure" },
    { name: "network-plugin-mode", value: "overlay" },
    ...(single
      ? [
          { name: "pod-cidr", value: pods.join(",") },
          { name: "service-cidr", value: services.join(",") },
        ]
      : [
          { name: "ip-families", value: design.ipFamilies.join(",") },
          { name: "pod-cidrs", value: pods.join(",") },
          { name: "service-cidrs", value: services.join(",") },
        ]),
    ...(dns ? [{ name: "dns-service-ip", value: dns }] : []),
    { name: "max-pods", value: String(design.nodes.maxPods) },
  ];
}

/** The command as one shell line per argument, joined with backslash continuations. */
function commandText(args: readonly AzArg[]): string[] {
  const parts = args.map((a) => `  --${a.name} ${a.raw ? a.value : shellQuote(a.value)}`);
  return ["az aks create \\", ...parts.map((p, i) => (i < parts.length - 1 ? `${p} \\` : p))];
}

/** A shell snippet creating the AKS cluster with the design's address plan. */
export function renderAksCli(design: Design): ExportFile[] {
  const header = [
    "Azure CNI Overlay (AKS): az aks create with the design's address plan (Azure CLI).",
    "Set RESOURCE_GROUP and CLUSTER_NAME first; add --vnet-subnet-id for a node subnet you created.",
    `AKS gives every node a /${AKS_OVERLAY_NODE_MASK} of the pod CIDR (the node mask is fixed); --max-pods is at most ${AKS_MAX_PODS}.`,
  ];
  for (const family of design.ipFamilies) {
    if (podCidrs(design, family).length > 1) {
      header.push(`AKS takes one pod CIDR per family: only the first ${family} range is used.`);
    }
  }
  const lines = [...header.map((h) => `# ${h}`), ...commandText(aksCreateArgs(design))];
  return [{ filename: "aks-create.sh", text: `${lines.join("\n")}\n`, language: "shell" }];
}

/** `az aks create` flags, for Azure CNI Overlay designs only. */
export const aksCliTarget: ExportTarget = {
  id: "aks-cli",
  label: "AKS (az aks create)",
  description:
    "Azure CLI `az aks create` flags for Azure CNI Overlay: pod and Service CIDRs, DNS service IP, max pods, IP families for dual-stack.",
  appliesTo: (design) => design.cni.kind === "azure-overlay",
  render: renderAksCli,
};
