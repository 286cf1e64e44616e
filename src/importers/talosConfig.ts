import { isRecord } from "../core/codec/untrusted.ts";
import { describeValue, quote } from "../core/codec/quote.ts";
import { defaultCni } from "../core/design/defaults.ts";
import type { Design, NamedCidr } from "../core/design/schema.ts";
import { parsePrefix } from "../core/ip/prefix.ts";
import { argsOf } from "./extraArgs.ts";
import { applyFlags } from "./flagMeaning.ts";
import { intOf, listOf, overlayAddressing } from "./overlay.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";

/**
 * Talos's defaults for what a machine config leaves out (siderolabs/talos
 * `pkg/machinery/constants/constants.go`: DefaultIPv4PodNet, DefaultIPv4ServiceNet,
 * DefaultDNSDomain; `pkg/machinery/config/types/v1alpha1` ClusterConfig.PodCIDRs / ServiceCIDRs /
 * DNSDomain / CNI: an empty list is the IPv4 default, an absent `cni` is flannel;
 * reference/kubernetes.md section 7). Talos's kube-controller-manager runs with
 * `--allocate-node-cidrs=true` and no mask flag, so the node masks are its defaults (24, 64)
 * unless `cluster.controllerManager.extraArgs` sets them (talos
 * `internal/app/machined/pkg/controllers/k8s/control_plane_static_pod.go` @01a36789). Talos's
 * flannel uses VXLAN (docs.siderolabs.com kubernetes-guides/cni/flannel).
 */
export const TALOS_DEFAULTS = {
  podSubnet: "10.244.0.0/16",
  serviceSubnet: "10.96.0.0/12",
  cni: "flannel",
} as const;

/** The keys of a Talos v1alpha1 machine config (or a patch of one) at the top level. */
const TOP_KEYS = ["version", "machine", "cluster", "debug", "persist"];

/** True for a Talos v1alpha1 machine config (`version: v1alpha1`) or a patch holding only `machine`/`cluster`. */
export function isTalosConfig(doc: unknown): boolean {
  if (!isRecord(doc)) return false;
  if (doc.version === "v1alpha1" && (isRecord(doc.machine) || isRecord(doc.cluster))) return true;
  const keys = Object.keys(doc);
  return (
    doc.version === undefined &&
    keys.length > 0 &&
    keys.every((k) => TOP_KEYS.includes(k)) &&
    (isRecord(recordAt(recordAt(doc, "cluster"), "network")) ||
      isRecord(recordAt(recordAt(doc, "machine"), "kubelet").nodeIP))
  );
}

const recordAt = (doc: Record<string, unknown>, key: string): Record<string, unknown> => {
  const value = doc[key];
  return isRecord(value) ? value : {};
};

/** `v1.30.2` at the end of an image reference, as the design's "1.30". */
function versionOfImage(image: unknown): string | undefined {
  if (typeof image !== "string") return undefined;
  return /:v?(1\.\d+)(?:\.\d+)?[^:/]*$/.exec(image)?.[1];
}

/** `machine.kubelet.nodeIP.validSubnets` as node networks; exclusions and /0 are said and skipped. */
function validSubnets(kubelet: Record<string, unknown>, messages: string[]): NamedCidr[] {
  const key = "machine.kubelet.nodeIP.validSubnets";
  const out: NamedCidr[] = [];
  for (const text of listOf(recordAt(kubelet, "nodeIP").validSubnets)) {
    if (text.startsWith("!")) {
      messages.push(`${key}: ${quote(text)} excludes addresses and was not made a node network`);
      continue;
    }
    const parsed = parsePrefix(text);
    if (!parsed.ok) {
      messages.push(`${key}: ${quote(text)} is not a CIDR and was skipped`);
      continue;
    }
    if (parsed.value.prefix.length === 0) {
      messages.push(`${key}: ${quote(text)} only picks the family; it is not a node network`);
      continue;
    }
    out.push({ name: out.length === 0 ? "nodes" : `nodes-${out.length + 1}`, cidr: text.trim() });
  }
  return out;
}

/** Reads `cluster.network.cni.name`: flannel (Talos's default, VXLAN), none or custom (another CNI). */
function cniOf(network: Record<string, unknown>, design: Design, messages: string[]): Design {
  const cni = recordAt(network, "cni");
  const name = cni.name;
  if (name === undefined || name === "flannel") {
    if (name === undefined)
      messages.push(
        `cluster.network.cni.name is not set; Talos's default ${TALOS_DEFAULTS.cni} was used`,
      );
    return { ...design, cni: { kind: "flannel", backend: "vxlan" } };
  }
  if (name === "none" || name === "custom") {
    messages.push(
      `cluster.network.cni.name: ${name}: Talos installs ${name === "none" ? "no CNI" : "the CNI from cni.urls"}; the design uses a generic CNI on the controller manager's node ranges. Import that CNI's values too (merge) to model it`,
    );
    return { ...design, cni: defaultCni("generic") };
  }
  messages.push(
    `cluster.network.cni.name: ${describeValue(name)} is not a Talos CNI name (flannel, custom, none); flannel was used`,
  );
  return { ...design, cni: { kind: "flannel", backend: "vxlan" } };
}

/**
 * Reads a Talos machine config (v1alpha1, or a patch of one): `cluster.network.podSubnets` /
 * `serviceSubnets` (Talos's defaults when empty), `dnsDomain`, `cni.name` (flannel by default;
 * none/custom leave another CNI), `cluster.clusterName`, node masks and other flags from
 * `cluster.controllerManager.extraArgs`, the Kubernetes version from the kubelet or API server
 * image tag, `machine.kubelet.nodeIP.validSubnets` as node networks and the kubelet's max pods
 * (`extraConfig.maxPods`, `extraArgs.max-pods`). Other documents and keys are named in messages.
 */
export function importTalosConfig(
  docs: readonly unknown[],
  base: Design,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  const doc = docs.find(isTalosConfig);
  for (const other of docs)
    if (other !== doc && isRecord(other))
      messages.push(
        `${typeof other.kind === "string" ? quote(other.kind) : "a document without kind"}: ignored (only the v1alpha1 machine config carries the cluster's addressing)`,
      );
  if (!isRecord(doc)) {
    messages.push("no Talos v1alpha1 machine config was found");
    return base;
  }
  const cluster = recordAt(doc, "cluster");
  const machine = recordAt(doc, "machine");
  const network = recordAt(cluster, "network");
  const kubelet = recordAt(machine, "kubelet");
  const sources: Record<string, string> = {};
  const imported: ImportedAddressing = { sources };

  const pods = listOf(network.podSubnets);
  const services = listOf(network.serviceSubnets);
  if (pods.length === 0)
    messages.push(
      `cluster.network.podSubnets is not set; Talos's default ${TALOS_DEFAULTS.podSubnet} was used`,
    );
  if (services.length === 0)
    messages.push(
      `cluster.network.serviceSubnets is not set; Talos's default ${TALOS_DEFAULTS.serviceSubnet} was used`,
    );
  imported.podCidrs = pods.length > 0 ? pods : [TALOS_DEFAULTS.podSubnet];
  imported.podKey =
    pods.length > 0
      ? "cluster.network.podSubnets"
      : "cluster.network.podSubnets (unset: Talos's default)";
  imported.serviceCidrs = services.length > 0 ? services : [TALOS_DEFAULTS.serviceSubnet];
  imported.serviceKey =
    services.length > 0
      ? "cluster.network.serviceSubnets"
      : "cluster.network.serviceSubnets (unset: Talos's default)";

  let design = cniOf(network, base, messages);
  sources.cni =
    network.cni === undefined
      ? "cluster.network.cni (unset: Talos's default flannel)"
      : "cluster.network.cni.name";
  if (typeof network.dnsDomain === "string") {
    design = { ...design, clusterDomain: network.dnsDomain };
    sources.clusterDomain = "cluster.network.dnsDomain";
  }
  if (typeof cluster.clusterName === "string") {
    design = { ...design, name: cluster.clusterName };
    sources.name = "cluster.clusterName";
  }
  const version =
    versionOfImage(kubelet.image) ?? versionOfImage(recordAt(cluster, "apiServer").image);
  if (version) {
    design = { ...design, kubernetesVersion: version };
    sources.kubernetesVersion =
      versionOfImage(kubelet.image) !== undefined
        ? "machine.kubelet.image"
        : "cluster.apiServer.image";
  }
  const kcm = argsOf(
    recordAt(cluster, "controllerManager").extraArgs,
    "cluster.controllerManager.extraArgs.",
    messages,
  );
  design = applyFlags(
    design,
    imported,
    kcm,
    "cluster.controllerManager.extraArgs.",
    messages,
    findings,
  );
  const maxPods = intOf(recordAt(kubelet, "extraConfig").maxPods);
  if (maxPods !== undefined) {
    design = { ...design, nodes: { ...design.nodes, maxPods } };
    sources["nodes.maxPods"] = "machine.kubelet.extraConfig.maxPods";
  } else {
    const args = argsOf(recordAt(kubelet, "extraArgs"));
    const flag = args.get("max-pods");
    if (flag !== undefined) {
      design = applyFlags(
        design,
        imported,
        new Map([["max-pods", flag]]),
        "machine.kubelet.extraArgs.",
        messages,
      );
      sources["nodes.maxPods"] = "machine.kubelet.extraArgs.max-pods";
    }
  }
  const networks = validSubnets(kubelet, messages);
  if (networks.length > 0) {
    design = { ...design, nodes: { ...design.nodes, networks } };
    sources["nodes.networks"] = "machine.kubelet.nodeIP.validSubnets";
  }
  return overlayAddressing(design, imported, "the Talos machine config", messages, findings);
}
