import { isRecord } from "../core/codec/untrusted.ts";
import { describeValue, quote } from "../core/codec/quote.ts";
import { calicoBlockSizeDefault } from "../core/cni/calico.ts";
import { defaultCni } from "../core/design/defaults.ts";
import { FLANNEL_BACKENDS, type Design } from "../core/design/schema.ts";
import { argsOf } from "./extraArgs.ts";
import { applyFlags } from "./flagMeaning.ts";
import { listOf, overlayAddressing } from "./overlay.ts";
import { withNodeIpamOff } from "./kcmJudgement.ts";
import { readRke2Cni } from "./rke2Cni.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";

/** k3s and RKE2 defaults (reference/kubernetes.md section 7). */
const K3S_DEFAULTS = { clusterCidr: "10.42.0.0/16", serviceCidr: "10.43.0.0/16" };

const ADDRESSING_KEYS = [
  "cluster-cidr",
  "service-cidr",
  "cluster-dns",
  "cluster-domain",
  "service-node-port-range",
  "kube-controller-manager-arg",
  "kubelet-arg",
  "flannel-backend",
  "cni",
  "node-ip",
];

/** Under Calico IPAM the per-node block is Calico's default block size (26, 122), not a controller-manager mask. */
function withCalicoBlocks(design: Design): Design {
  const out = { ...design };
  for (const family of ["ipv4", "ipv6"] as const) {
    const plan = out[family];
    const block = calicoBlockSizeDefault(out.cni, family);
    if (plan && block === undefined) continue;
    if (plan && block !== undefined) out[family] = { ...plan, nodeMask: block };
    if (plan && out.imported)
      out.imported = {
        ...out.imported,
        sources: {
          ...out.imported.sources,
          [`${family}.nodeMask`]: "cni: calico (the rke2-calico chart's default block size)",
        },
      };
  }
  return out;
}

/** RKE2's `cni`: a name, or the documented list of names (multus first). */
const isRke2Cni = (value: unknown) =>
  typeof value === "string" ||
  (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string"));

/** Heuristic: a mapping with k3s/RKE2 server keys. */
export function looksLikeK3sConfig(doc: unknown): boolean {
  // k3s/RKE2 keys are dash-case; Helm values (Cilium's too) are camelCase.
  return (
    isRecord(doc) &&
    Object.keys(doc).some((k) => k.includes("-") || (k === "cni" && isRke2Cni(doc.cni)))
  );
}

/**
 * Reads a k3s or RKE2 `config.yaml`: `cluster-cidr` and `service-cidr` (defaults 10.42.0.0/16,
 * 10.43.0.0/16), `cluster-domain`, `service-node-port-range`, node masks from
 * `kube-controller-manager-arg`, `max-pods` from `kubelet-arg`, `flannel-backend` (k3s's default
 * CNI; `none` means another CNI) and RKE2's `cni`. `cluster-dns` is derived, not stored.
 */
export function importK3sConfig(
  doc: Record<string, unknown>,
  base: Design,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  const imported: ImportedAddressing = { serviceKey: "service-cidr" };
  const pods = listOf(doc["cluster-cidr"]);
  const services = listOf(doc["service-cidr"]);
  if (pods.length === 0)
    messages.push(
      `cluster-cidr is not set; the k3s/RKE2 default ${K3S_DEFAULTS.clusterCidr} was used`,
    );
  if (services.length === 0)
    messages.push(
      `service-cidr is not set; the k3s/RKE2 default ${K3S_DEFAULTS.serviceCidr} was used`,
    );
  imported.podCidrs = pods.length > 0 ? pods : [K3S_DEFAULTS.clusterCidr];
  imported.podKey = pods.length > 0 ? "cluster-cidr" : "cluster-cidr (unset: the default)";
  if (services.length === 0) imported.serviceKey = "service-cidr (unset: the default)";
  imported.serviceCidrs = services.length > 0 ? services : [K3S_DEFAULTS.serviceCidr];

  let design: Design = { ...base, cni: defaultCni("flannel") };
  const backend = doc["flannel-backend"];
  if (typeof backend === "string") {
    const b = backend === "wireguard-native" ? "wireguard" : backend;
    if (b === "none") design = { ...design, cni: defaultCni("generic") };
    else if ((FLANNEL_BACKENDS as readonly string[]).includes(b))
      design = {
        ...design,
        cni: { kind: "flannel", backend: b as (typeof FLANNEL_BACKENDS)[number] },
      };
    else messages.push(`flannel-backend: ${quote(backend)} is not modelled; vxlan was used`);
  }
  if (doc.cni !== undefined) design = { ...design, cni: readRke2Cni(doc.cni, messages) };

  const flags = new Map<string, string>();
  if (typeof doc["cluster-domain"] === "string") flags.set("cluster-domain", doc["cluster-domain"]);
  const nodePorts = doc["service-node-port-range"];
  if (typeof nodePorts === "string" || typeof nodePorts === "number")
    flags.set("service-node-port-range", String(nodePorts));
  else if (nodePorts !== undefined)
    messages.push(`service-node-port-range: ${describeValue(nodePorts)} is not a range; ignored`);
  design = applyFlags(design, imported, flags, "", messages, findings);
  const kcm = argsOf(doc["kube-controller-manager-arg"], "kube-controller-manager-arg ", messages);
  for (const name of ["cluster-cidr", "service-cluster-ip-range"]) kcm.delete(name);
  design = applyFlags(design, imported, kcm, "kube-controller-manager-arg ", messages, findings);
  if (imported.nodeIpamOff)
    design = withNodeIpamOff(
      design,
      "kube-controller-manager-arg allocate-node-cidrs=false",
      messages,
      findings,
    );
  const kubelet = argsOf(doc["kubelet-arg"], "kubelet-arg ", messages);
  design = applyFlags(
    design,
    imported,
    new Map([...kubelet].filter(([k]) => k === "max-pods")),
    "kubelet-arg ",
    messages,
  );
  for (const name of kubelet.keys())
    if (name !== "max-pods") messages.push(`kubelet-arg ${name}: ignored (not about addressing)`);
  if (doc["cluster-dns"] !== undefined)
    messages.push(
      `cluster-dns: ${describeValue(doc["cluster-dns"])} noted; the design derives the DNS address from the Service range`,
    );
  const nodeIps = listOf(doc["node-ip"]);
  if (nodeIps.length > 0) imported.nodeIps = { ips: nodeIps, key: "node-ip" };
  for (const key of Object.keys(doc)) {
    if (!ADDRESSING_KEYS.includes(key)) messages.push(`${key}: ignored (not about addressing)`);
  }
  const out = overlayAddressing(design, imported, "the k3s/RKE2 config", messages, findings);
  return withCalicoBlocks(out);
}
