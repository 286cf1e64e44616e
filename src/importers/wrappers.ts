import { parseDocument } from "yaml";
import { describeValue } from "../core/codec/quote.ts";
import { isRecord } from "../core/codec/untrusted.ts";
import { kindKubeadmApiVersion, type KindDefaulted } from "./kindCluster.ts";
import type { ImportFormat } from "./types.ts";
import { recordAt } from "./yamlDocs.ts";

/**
 * kind's networking defaults per `ipFamily` (kubernetes-sigs/kind pkg/apis/config/v1alpha4
 * default.go @fed26882; reference/kubernetes.md 7): pods 10.244.0.0/16 and fd00:10:244::/56,
 * Services 10.96.0.0/16 and fd00:10:96::/112; "dual" lists IPv4 first.
 */
export const KIND_DEFAULTS = {
  ipv4: { pods: "10.244.0.0/16", services: "10.96.0.0/16" },
  ipv6: { pods: "fd00:10:244::/56", services: "fd00:10:96::/112" },
} as const;

const apiGroup = (doc: unknown): string =>
  isRecord(doc) && typeof doc.apiVersion === "string" ? doc.apiVersion.split("/")[0]! : "";

/** A kind `Cluster` (kind.x-k8s.io). */
export const isKindCluster = (doc: unknown) =>
  isRecord(doc) && doc.kind === "Cluster" && apiGroup(doc) === "kind.x-k8s.io";

/** A Cluster API `Cluster` (cluster.x-k8s.io) or `KubeadmControlPlane` (controlplane.cluster.x-k8s.io). */
export const isClusterApi = (doc: unknown) =>
  isRecord(doc) &&
  ((doc.kind === "Cluster" && apiGroup(doc) === "cluster.x-k8s.io") ||
    (doc.kind === "KubeadmControlPlane" && apiGroup(doc) === "controlplane.cluster.x-k8s.io"));

/** A Flux `HelmRelease` (helm.toolkit.fluxcd.io). */
export const isFluxHelmRelease = (doc: unknown) =>
  isRecord(doc) && doc.kind === "HelmRelease" && apiGroup(doc) === "helm.toolkit.fluxcd.io";

/** An Argo CD `Application` (argoproj.io). */
export const isArgoApplication = (doc: unknown) =>
  isRecord(doc) && doc.kind === "Application" && apiGroup(doc) === "argoproj.io";

/** The wrapper format of a set of documents, if any holds one. */
export function wrapperFormat(docs: readonly unknown[]): ImportFormat | undefined {
  if (docs.some(isKindCluster)) return "kind-cluster";
  if (docs.some(isClusterApi)) return "cluster-api";
  if (docs.some(isFluxHelmRelease)) return "flux-helmrelease";
  if (docs.some(isArgoApplication)) return "argocd-application";
  return undefined;
}

/** Parses a YAML text held inside a document (a kubeadmConfigPatch, Argo's `helm.values`). */
function innerYaml(text: string, what: string, messages: string[]): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    messages.push(
      `${what} is not valid YAML and was not read: ${doc.errors[0]!.message.split("\n")[0]}`,
    );
    return undefined;
  }
  return doc.toJS({ maxAliasCount: 0 });
}

/** A kubeadmConfigPatch read as a document, if kind applies it to what it generates (else said). */
function appliedPatch(text: unknown, i: number, apiVersion: string, messages: string[]) {
  if (typeof text !== "string") return undefined;
  const patch = innerYaml(text, `kubeadmConfigPatches[${i}]`, messages);
  if (!isRecord(patch)) return undefined;
  const own = patch.apiVersion;
  if (typeof own === "string" && own.startsWith("kubeadm.k8s.io/") && own !== apiVersion) {
    messages.push(
      `kubeadmConfigPatches[${i}]: apiVersion ${own} is not the ${apiVersion} kind generates for this Kubernetes version, so kind does not apply the patch (it matches kind and apiVersion); it was not read`,
    );
    return undefined;
  }
  return patch;
}

/**
 * kubeadm documents for a kind `Cluster`: a ClusterConfiguration with kind's networking, and the
 * `kubeadmConfigPatches` kind applies on top (a ClusterConfiguration's networking and extraArgs,
 * Init/JoinConfiguration node IPs): a patch whose kubeadm apiVersion is not the one kind
 * generates for `kubernetesVersion` is not applied (said). Ranges neither sets take kind's
 * defaults per ipFamily (said, and returned in `defaulted`). `name` is the cluster name;
 * `disableDefaultCNI` is said.
 */
export function kindToKubeadm(
  docs: readonly unknown[],
  kubernetesVersion: string,
  messages: string[],
): { docs: unknown[]; cluster: Record<string, unknown>; defaulted: KindDefaulted } {
  const cluster = docs.find(isKindCluster) as Record<string, unknown>;
  const net = recordAt(cluster, "networking");
  const family =
    net.ipFamily === "ipv6" ? ["ipv6"] : net.ipFamily === "dual" ? ["ipv4", "ipv6"] : ["ipv4"];
  if (net.ipFamily !== undefined && !["ipv4", "ipv6", "dual"].includes(net.ipFamily as string))
    messages.push(
      `networking.ipFamily: ${JSON.stringify(net.ipFamily)} is not ipv4, ipv6 or dual; kind refuses it; ipv4 was read`,
    );
  const apiVersion = kindKubeadmApiVersion(kubernetesVersion);
  const patchTexts = Array.isArray(cluster.kubeadmConfigPatches)
    ? cluster.kubeadmConfigPatches
    : [];
  const patches = patchTexts
    .map((text, i) => appliedPatch(text, i, apiVersion, messages))
    .filter((p) => p !== undefined);
  const clusterPatch = patches.find((p) => p.kind === "ClusterConfiguration") ?? {};
  const patched = recordAt(clusterPatch, "networking");
  const defaulted = { pods: false, services: false };
  const byDefault = (key: "pods" | "services", field: string) => {
    if (typeof patched[field] === "string") return patched[field];
    if (typeof net[field] === "string") return net[field];
    defaulted[key] = true;
    const value = family.map((f) => KIND_DEFAULTS[f as "ipv4" | "ipv6"][key]).join(",");
    messages.push(
      `networking.${field} is not set; kind's default for ipFamily ${family.length > 1 ? "dual" : family[0]} is ${value} (imported as such)`,
    );
    return value;
  };
  const podSubnet = byDefault("pods", "podSubnet");
  const serviceSubnet = byDefault("services", "serviceSubnet");
  if (net.disableDefaultCNI === true)
    messages.push(
      "networking.disableDefaultCNI: kindnet is not installed; choose the CNI the cluster runs",
    );
  const others = patches.filter(
    (p) => p.kind === "InitConfiguration" || p.kind === "JoinConfiguration",
  );
  const name = typeof cluster.name === "string" ? { clusterName: cluster.name } : {};
  return {
    docs: [
      {
        ...clusterPatch,
        ...name,
        apiVersion: "kubeadm.k8s.io/v1beta3",
        kind: "ClusterConfiguration",
        networking: { ...patched, podSubnet, serviceSubnet },
      },
      ...others.map((p) => ({ ...p, apiVersion: "kubeadm.k8s.io/v1beta3" })),
    ],
    cluster,
    defaulted,
  };
}

/**
 * kubeadm documents for Cluster API: the `Cluster`'s `spec.clusterNetwork` (pods, services
 * cidrBlocks, serviceDomain) become the ClusterConfiguration's networking, as CAPI's kubeadm
 * bootstrap provider writes them; a `KubeadmControlPlane`'s `kubeadmConfigSpec`
 * clusterConfiguration, initConfiguration and joinConfiguration are read beside it.
 */
export function clusterApiToKubeadm(docs: readonly unknown[], messages: string[]): unknown[] {
  const cluster = docs.find((d) => isRecord(d) && d.kind === "Cluster") as
    Record<string, unknown> | undefined;
  const kcp = docs.find((d) => isRecord(d) && d.kind === "KubeadmControlPlane") as
    Record<string, unknown> | undefined;
  const net = recordAt(recordAt(cluster ?? {}, "spec"), "clusterNetwork");
  const spec = recordAt(recordAt(kcp ?? {}, "spec"), "kubeadmConfigSpec");
  const clusterConfig = recordAt(spec, "clusterConfiguration");
  const networking: Record<string, unknown> = { ...recordAt(clusterConfig, "networking") };
  const blocks = (key: string) => {
    const list = recordAt(net, key).cidrBlocks;
    if (!Array.isArray(list)) return undefined;
    const texts = list.filter((b): b is string => typeof b === "string");
    if (texts.length < list.length)
      messages.push(`spec.clusterNetwork.${key}.cidrBlocks: only text entries were read`);
    return texts.join(",");
  };
  const pods = blocks("pods");
  const services = blocks("services");
  if (pods) networking.podSubnet = pods;
  if (services) networking.serviceSubnet = services;
  if (typeof net.serviceDomain === "string") networking.dnsDomain = net.serviceDomain;
  if (!cluster)
    messages.push(
      "no Cluster API Cluster was found: spec.clusterNetwork (the pod and Service ranges) is not in the file",
    );
  if (!kcp)
    messages.push(
      "no KubeadmControlPlane was found: the controller manager's extra args and node IPs are not in the file",
    );
  // CAPI's kubeadm bootstrap provider names the cluster after the Cluster and runs the version
  // of the ClusterClass topology or the KubeadmControlPlane (else a MachineDeployment or Machine).
  const named = (kind: string): Record<string, unknown> =>
    (docs.find((d) => isRecord(d) && d.kind === kind) as Record<string, unknown> | undefined) ?? {};
  const version = [
    recordAt(recordAt(cluster ?? {}, "spec"), "topology").version,
    recordAt(kcp ?? {}, "spec").version,
    recordAt(recordAt(recordAt(named("MachineDeployment"), "spec"), "template"), "spec").version,
    recordAt(named("Machine"), "spec").version,
  ].find((v) => typeof v === "string");
  const out: unknown[] = [
    {
      ...(version === undefined ? {} : { kubernetesVersion: version }),
      ...(cluster && { clusterName: recordAt(cluster, "metadata").name }),
      ...clusterConfig,
      apiVersion: "kubeadm.k8s.io/v1beta3",
      kind: "ClusterConfiguration",
      networking,
    },
  ];
  for (const [key, kind] of [
    ["initConfiguration", "InitConfiguration"],
    ["joinConfiguration", "JoinConfiguration"],
  ] as const) {
    if (isRecord(spec[key])) out.push({ ...spec[key], apiVersion: "kubeadm.k8s.io/v1beta3", kind });
  }
  return out;
}

/**
 * The Cilium values a Flux `HelmRelease` (`spec.values`) or an Argo CD `Application`
 * (`spec.source.helm.valuesObject`, or the YAML text `helm.values`) holds inline, when the chart
 * is `cilium`. Values kept elsewhere (`valuesFrom`, `valueFiles`) are not in the file: said.
 */
export function helmWrapperValues(
  docs: readonly unknown[],
  format: "flux-helmrelease" | "argocd-application",
  messages: string[],
): Record<string, unknown> | undefined {
  const doc = docs.find(
    format === "flux-helmrelease" ? isFluxHelmRelease : isArgoApplication,
  ) as Record<string, unknown>;
  const spec = recordAt(doc, "spec");
  if (format === "flux-helmrelease") {
    const named =
      recordAt(recordAt(spec, "chart"), "spec").chart ?? recordAt(spec, "chartRef").name ?? "";
    const chart = typeof named === "string" ? named : describeValue(named);
    if (chart && chart !== "cilium")
      messages.push(
        `the HelmRelease installs chart ${JSON.stringify(chart)}, not cilium; its values were read as Cilium's`,
      );
    if (spec.valuesFrom !== undefined)
      messages.push(
        "spec.valuesFrom: values kept in ConfigMaps or Secrets are not in the file and were not read",
      );
    return isRecord(spec.values) ? spec.values : {};
  }
  const sources = Array.isArray(spec.sources) ? spec.sources.filter(isRecord) : [];
  const source = isRecord(spec.source)
    ? spec.source
    : (sources.find((s) => s.chart === "cilium") ?? sources[0] ?? {});
  if (source.chart !== undefined && source.chart !== "cilium")
    messages.push(
      `the Application installs chart ${JSON.stringify(source.chart)}, not cilium; its values were read as Cilium's`,
    );
  const helm = recordAt(source, "helm");
  if (helm.valueFiles !== undefined)
    messages.push("spec.source.helm.valueFiles: value files are not in the file and were not read");
  if (isRecord(helm.valuesObject)) return helm.valuesObject;
  if (typeof helm.values === "string") {
    const inner = innerYaml(helm.values, "spec.source.helm.values", messages);
    return isRecord(inner) ? inner : {};
  }
  return {};
}
