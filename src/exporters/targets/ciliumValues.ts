import { ciliumClusterId } from "../../core/cni/ciliumClusterMesh.ts";
import { ciliumSupportsTunnel } from "../../core/cni/ciliumRouting.ts";
import type { Design } from "../../core/design/schema.ts";
import type { Family } from "../../core/ip/family.ts";
import {
  coveringNodeCidr,
  coveringPodCidr,
  nodeMask,
  planOf,
  podCidrs,
  type CoveringCidr,
} from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type KeyComment } from "../yamlText.ts";

type CiliumCni = Extract<Design["cni"], { kind: "cilium" }>;

const FAMILY_KEY: Record<Family, "IPv4" | "IPv6"> = { ipv4: "IPv4", ipv6: "IPv6" };
const FAMILY_LOWER: Record<Family, "ipv4" | "ipv6"> = { ipv4: "ipv4", ipv6: "ipv6" };

/** Modes whose pod addresses come from the design's pod ranges. */
const POD_RANGE_MODES = new Set(["cluster-pool", "kubernetes", "multi-pool"]);

/** The `ipam:` block: mode plus the pool keys cluster-pool and multi-pool read. */
function ipamBlock(design: Design, cni: CiliumCni): Record<string, unknown> {
  const families = design.ipFamilies;
  if (cni.ipam === "cluster-pool") {
    const operator: Record<string, unknown> = {};
    for (const f of families) {
      operator[`clusterPool${FAMILY_KEY[f]}PodCIDRList`] = podCidrs(design, f);
      operator[`clusterPool${FAMILY_KEY[f]}MaskSize`] = nodeMask(design, f);
    }
    return { mode: cni.ipam, operator };
  }
  if (cni.ipam === "multi-pool") {
    const pool: Record<string, unknown> = {};
    for (const f of families) {
      pool[FAMILY_LOWER[f]] = { cidrs: podCidrs(design, f), maskSize: nodeMask(design, f) };
    }
    return { mode: cni.ipam, operator: { autoCreateCiliumPodIPPools: { default: pool } } };
  }
  return { mode: cni.ipam };
}

/** The CIDR the agent may reach without masquerading: pod ranges, or node networks in cloud modes. */
function nativeCidr(design: Design, cni: CiliumCni, family: Family): CoveringCidr | undefined {
  return POD_RANGE_MODES.has(cni.ipam)
    ? coveringPodCidr(design, family)
    : coveringNodeCidr(design, family);
}

/**
 * Cilium Helm values carrying only addressing keys: `cluster.name`/`cluster.id` when the design
 * has a ClusterMesh id, `ipam.mode` and its pool keys,
 * `ipv4/ipv6.enabled`, `k8s.require*PodCIDR` (kubernetes mode), `eni`/`azure` switches, and the
 * routing mode with its native-routing CIDRs. Follows chart 1.20.0 (keys also in 1.19.6).
 */
export function renderCiliumValues(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind !== "cilium") return [];
  const values: Record<string, unknown> = {};
  const comments: KeyComment[] = [];
  const clusterId = ciliumClusterId(design);
  if (clusterId !== undefined) {
    // ClusterMesh identity (core/cni/ciliumClusterMesh.ts); written only when the design sets an id.
    values.cluster = { name: design.name, id: clusterId };
    comments.push({
      path: ["cluster"],
      text: "ClusterMesh identity: the name and id must be unique among connected clusters; changing the id of a running cluster disrupts connections.",
    });
  }
  values.ipam = ipamBlock(design, cni);
  const header = [
    "Cilium Helm values, addressing keys only (chart 1.20.0; the same keys exist in 1.19.6).",
    "Merge with your own values: helm install cilium cilium/cilium -n kube-system -f cilium-values.yaml",
    `The IPAM mode (${cni.ipam}) cannot be changed on a running cluster.`,
  ];
  if (cni.ipam === "cluster-pool") {
    header.push(
      "Never edit existing pool CIDRs; append a new CIDR when the pool runs out. Mask sizes cannot change after install.",
      "The operator does not know the Service range: keep the pod pools clear of it.",
    );
  }
  if (cni.ipam === "multi-pool") {
    header.push(
      "The design's pod ranges form the 'default' CiliumPodIPPool; pods pick other pools by the ipam.cilium.io/ip-pool annotation.",
    );
  }
  if (cni.ipam === "kubernetes") {
    values.k8s = Object.fromEntries(
      design.ipFamilies.map((f) => [`require${FAMILY_KEY[f]}PodCIDR`, true]),
    );
    header.push(
      "kube-controller-manager allocates each node's podCIDRs (see the kube-controller-manager / kubeadm exports).",
    );
  }
  if (cni.ipam === "eni") {
    values.eni = { enabled: true, awsEnablePrefixDelegation: cni.eni.prefixDelegation };
  }
  if (cni.ipam === "azure") values.azure = { enabled: true };
  values.ipv4 = { enabled: planOf(design, "ipv4") !== undefined };
  values.ipv6 = { enabled: planOf(design, "ipv6") !== undefined };
  values.routingMode = cni.routingMode;
  if (cni.routingMode === "tunnel") {
    values.tunnelProtocol = cni.tunnelProtocol;
    if (!ciliumSupportsTunnel(cni.ipam)) {
      comments.push({
        path: ["routingMode"],
        text: `REFUSED: Cilium documents ${cni.ipam} IPAM with native routing only; tunnel mode is not supported there (the design has this error).`,
      });
    }
  } else {
    addNativeRouting(design, cni, values, comments);
  }
  return [yamlFile("cilium-values.yaml", [{ value: values, header, comments }])];
}

function addNativeRouting(
  design: Design,
  cni: CiliumCni,
  values: Record<string, unknown>,
  comments: KeyComment[],
): void {
  if (cni.ipam === "eni") {
    comments.push({
      path: ["routingMode"],
      text: "In ENI mode Cilium takes the native-routing CIDR from the VPC; none is set here.",
    });
    return;
  }
  for (const f of design.ipFamilies) {
    const key = `${FAMILY_LOWER[f]}NativeRoutingCIDR`;
    const covering = nativeCidr(design, cni, f);
    if (!covering) continue;
    values[key] = covering.cidr;
    const source = POD_RANGE_MODES.has(cni.ipam) ? "pod ranges" : "node networks";
    if (covering.supernet) {
      comments.push({
        path: [key],
        text: `The smallest common supernet of the ${FAMILY_KEY[f]} ${source}; traffic to anything inside it is not masqueraded.`,
      });
    } else if (!POD_RANGE_MODES.has(cni.ipam)) {
      comments.push({
        path: [key],
        text: `The ${FAMILY_KEY[f]} node network pods take addresses from.`,
      });
    }
  }
  if (POD_RANGE_MODES.has(cni.ipam)) {
    values.autoDirectNodeRoutes = true;
    comments.push({
      path: ["autoDirectNodeRoutes"],
      text: "Direct node routes need every node on one L2 segment; otherwise advertise pod ranges with BGP instead.",
    });
  }
}

/** Cilium Helm values for the six IPAM modes the designer models. */
export const ciliumValuesTarget: ExportTarget = {
  id: "cilium-values",
  label: "Cilium Helm values",
  description:
    "Helm values for the Cilium chart 1.20.0 (also valid for 1.19.6): IPAM mode and pools, IP families, routing mode and native-routing CIDRs.",
  appliesTo: (design) => design.cni.kind === "cilium",
  render: renderCiliumValues,
  refusedBy: { tool: "Cilium", rules: ["cilium-ipam-tunnel"] },
};
