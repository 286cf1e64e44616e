import { isRecord } from "../core/codec/untrusted.ts";
import { quote } from "../core/codec/quote.ts";
import type { Design } from "../core/design/schema.ts";
import { argsOf } from "./extraArgs.ts";
import { applyFlags } from "./flagMeaning.ts";
import { intOf, listOf, overlayAddressing } from "./overlay.ts";
import { addFinding } from "./importFindings.ts";
import { withNodeIpamOff } from "./kcmJudgement.ts";
import { withName, withVersion } from "./namedFields.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";
import { noteUnknownKeys, recordAt } from "./yamlDocs.ts";

/** kubeadm's default `serviceSubnet` (reference/kubernetes.md section 6.1). */
const KUBEADM_SERVICE_SUBNET = "10.96.0.0/12";

/** True when a ClusterConfiguration sets controllerManager extraArgs allocate-node-cidrs to "false". */
function kcmOff(docs: readonly unknown[]): boolean {
  return docs.some(
    (doc) =>
      isRecord(doc) &&
      doc.kind === "ClusterConfiguration" &&
      argsOf(recordAt(doc, "controllerManager").extraArgs).get("allocate-node-cidrs")?.trim() ===
        "false",
  );
}

/**
 * The node IPs an InitConfiguration or JoinConfiguration declares: kubelet's `node-ip` in
 * `nodeRegistration.kubeletExtraArgs` (a map in v1beta3, a name/value list in v1beta4) and the
 * control-plane node's `localAPIEndpoint.advertiseAddress` (InitConfiguration; JoinConfiguration
 * keeps it under `controlPlane`).
 */
function nodeIpsOf(doc: Record<string, unknown>, kind: string): { ip: string; key: string }[] {
  const out: { ip: string; key: string }[] = [];
  const args = argsOf(recordAt(doc, "nodeRegistration").kubeletExtraArgs);
  const nodeIp = args.get("node-ip");
  if (nodeIp) out.push({ ip: nodeIp, key: `${kind}.nodeRegistration.kubeletExtraArgs.node-ip` });
  const endpoint =
    kind === "InitConfiguration"
      ? recordAt(doc, "localAPIEndpoint")
      : recordAt(recordAt(doc, "controlPlane"), "localAPIEndpoint");
  if (typeof endpoint.advertiseAddress === "string" && endpoint.advertiseAddress.trim() !== "")
    out.push({
      ip: endpoint.advertiseAddress,
      key: `${kind}.${kind === "InitConfiguration" ? "" : "controlPlane."}localAPIEndpoint.advertiseAddress`,
    });
  return out;
}

/** True for a document of the kubeadm config API (`kubeadm.k8s.io/*`). */
export function isKubeadmDocument(doc: unknown): boolean {
  return (
    isRecord(doc) &&
    typeof doc.apiVersion === "string" &&
    doc.apiVersion.startsWith("kubeadm.k8s.io/")
  );
}

/**
 * Reads kubeadm config documents: `ClusterConfiguration.networking.{podSubnet, serviceSubnet,
 * dnsDomain}` (service default 10.96.0.0/12), `controllerManager.extraArgs` node masks (map in
 * v1beta3, name/value list in v1beta4), `apiServer.extraArgs` `service-node-port-range`,
 * `kubernetesVersion` and `clusterName`; a `KubeProxyConfiguration`'s `clusterCIDR` (pod ranges
 * when `podSubnet` is absent); a `KubeletConfiguration`'s `maxPods` and `clusterDomain`. Other documents and keys are named in messages.
 */
export function importKubeadm(
  docs: readonly unknown[],
  base: Design,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  let design = base;
  const imported: ImportedAddressing = {};
  let sawCluster = false;
  let proxyCidrs: string[] = [];
  const nodeIps: { ip: string; key: string }[] = [];
  for (const doc of docs) {
    if (!isRecord(doc)) continue;
    const kind = typeof doc.kind === "string" ? doc.kind : "";
    if (kind === "ClusterConfiguration") {
      sawCluster = true;
      const networking = recordAt(doc, "networking");
      const podSubnet = listOf(networking.podSubnet);
      if (podSubnet.length > 0) {
        imported.podCidrs = podSubnet;
        imported.podKey = "networking.podSubnet";
      }
      const services = listOf(networking.serviceSubnet);
      if (services.length === 0)
        messages.push(
          `networking.serviceSubnet is not set; kubeadm's default ${KUBEADM_SERVICE_SUBNET} was used`,
        );
      imported.serviceCidrs = services.length > 0 ? services : [KUBEADM_SERVICE_SUBNET];
      if (typeof networking.dnsDomain === "string")
        design = { ...design, clusterDomain: networking.dnsDomain };
      noteUnknownKeys(
        networking,
        ["podSubnet", "serviceSubnet", "dnsDomain"],
        "networking.",
        "not modelled",
        messages,
      );
      design = withVersion(design, doc.kubernetesVersion, "kubernetesVersion", messages);
      design = withName(design, doc.clusterName, "clusterName", messages);
      const kcm = argsOf(
        recordAt(doc, "controllerManager").extraArgs,
        "controllerManager.extraArgs.",
        messages,
      );
      const api = argsOf(recordAt(doc, "apiServer").extraArgs, "apiServer.extraArgs.", messages);
      design = applyFlags(
        design,
        imported,
        kcm,
        "controllerManager.extraArgs.",
        messages,
        findings,
      );
      design = applyFlags(design, imported, api, "apiServer.extraArgs.", messages, findings);
      if (!imported.serviceKey)
        imported.serviceKey =
          services.length > 0
            ? "networking.serviceSubnet"
            : "networking.serviceSubnet (unset: kubeadm's default)";
      // kubeadm sets --allocate-node-cidrs=true only with a podSubnet (controlplane manifests).
      if (podSubnet.length === 0 && kcm.get("allocate-node-cidrs")?.trim() !== "true")
        imported.nodeIpamOff = true;
      noteUnknownKeys(
        doc,
        [
          "apiVersion",
          "kind",
          "networking",
          "kubernetesVersion",
          "clusterName",
          "controllerManager",
          "apiServer",
        ],
        "ClusterConfiguration.",
        "not about addressing",
        messages,
      );
    } else if (kind === "KubeProxyConfiguration") {
      proxyCidrs = listOf(doc.clusterCIDR);
      noteUnknownKeys(
        doc,
        ["apiVersion", "kind", "clusterCIDR"],
        "KubeProxyConfiguration.",
        "not about addressing",
        messages,
      );
    } else if (kind === "KubeletConfiguration") {
      const maxPods = intOf(doc.maxPods);
      if (maxPods !== undefined) design = { ...design, nodes: { ...design.nodes, maxPods } };
      if (typeof doc.clusterDomain === "string")
        design = { ...design, clusterDomain: doc.clusterDomain };
      noteUnknownKeys(
        doc,
        ["apiVersion", "kind", "maxPods", "clusterDomain", "clusterDNS"],
        "KubeletConfiguration.",
        "not modelled",
        messages,
      );
    } else if (kind === "InitConfiguration" || kind === "JoinConfiguration") {
      for (const ip of nodeIpsOf(doc, kind)) nodeIps.push(ip);
      noteUnknownKeys(
        doc,
        ["apiVersion", "kind", "nodeRegistration", "localAPIEndpoint", "controlPlane"],
        `${kind}.`,
        "not about addressing",
        messages,
      );
    } else {
      messages.push(
        `${kind ? quote(kind) : "a document without kind"}: ignored (only ClusterConfiguration, InitConfiguration, JoinConfiguration, KubeProxyConfiguration and KubeletConfiguration carry the cluster's addressing)`,
      );
    }
  }
  if (!sawCluster) messages.push("no ClusterConfiguration document was found");
  if (sawCluster && !imported.podCidrs) {
    if (proxyCidrs.length > 0) {
      imported.podCidrs = proxyCidrs;
      imported.podKey = "KubeProxyConfiguration.clusterCIDR";
      messages.push(
        "networking.podSubnet is not set; the pod ranges were taken from KubeProxyConfiguration.clusterCIDR",
      );
    } else {
      addFinding(findings, {
        severity: "warning",
        component: "kubeadm",
        key: "networking.podSubnet",
        message: `Not set: kubeadm gives kube-controller-manager no --cluster-cidr and leaves node IPAM off, so the cluster has no pod range of its own (the CNI's IPAM decides). The design needs one: ${base.ipv4?.podCidrs.join(", ") ?? "its default"} stands in for it; set it to the range your CNI hands out.`,
      });
    }
  }
  if (nodeIps.length > 0) {
    const keys = [...new Set(nodeIps.map((n) => n.key))];
    imported.nodeIps = { ips: nodeIps.map((n) => n.ip), key: keys.join(", ") };
  }
  if (imported.nodeIpamOff) {
    const why = kcmOff(docs)
      ? "controllerManager.extraArgs.allocate-node-cidrs=false"
      : "networking.podSubnet (unset)";
    design = withNodeIpamOff(design, why, messages, findings);
  }
  return overlayAddressing(design, imported, "the kubeadm config", messages, findings);
}
