import { overInputLimit, overLimitWords } from "../core/codec/inputSize.ts";
import { restoreDesign } from "../core/codec/restore.ts";
import { escapeUnsafe } from "../core/codec/safeEcho.ts";
import { isRecord } from "../core/codec/untrusted.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { importCiliumValues, looksLikeCiliumValues } from "./ciliumValues.ts";
import {
  importComponentFlags,
  looksLikeFlags,
  manifestCommand,
  shellWords,
} from "./componentFlags.ts";
import { cloudNetworkFormat, importCloudNetworks } from "./cloudNetworks.ts";
import { importK3sConfig, looksLikeK3sConfig } from "./k3sConfig.ts";
import { importKubeadm, isKubeadmDocument } from "./kubeadmConfig.ts";
import { withProvenance } from "./provenance.ts";
import { importTalosConfig, isTalosConfig } from "./talosConfig.ts";
import type { ImportFinding, ImportFormat, ImportResult } from "./types.ts";
import { readYaml, type YamlRead } from "./yamlGate.ts";
import {
  commandArgs,
  commandFormat,
  execStartOf,
  k3sServerDoc,
  kubeadmInitDocs,
  withInitFlagSources,
} from "./commandLines.ts";
import { withReplicas } from "./clusterApiNodes.ts";
import { withKindCluster } from "./kindCluster.ts";
import {
  clusterApiToKubeadm,
  helmWrapperValues,
  kindToKubeadm,
  wrapperFormat,
} from "./wrappers.ts";

/** A config text and its YAML, read once by {@link readYaml} and shared by every step. */
interface ConfigInput {
  text: string;
  yaml: YamlRead;
}

/** The format of a config already read. */
function detectIn({ text, yaml }: ConfigInput): ImportFormat | "unknown" {
  const docs = yaml.docs ?? [];
  if (execStartOf(text) !== undefined) return "systemd-unit";
  const wrapper = wrapperFormat(docs);
  if (wrapper) return wrapper;
  const cloud = cloudNetworkFormat(docs[0]);
  if (cloud) return cloud;
  if (docs.some(isKubeadmDocument)) return "kubeadm";
  if (docs.some((d) => manifestCommand(d) !== undefined)) return "component-flags";
  if (docs.some(isTalosConfig)) return "talos-machine-config";
  const first = docs.find(isRecord);
  if (first && looksLikeK3sConfig(first)) return "k3s-config";
  if (first && looksLikeCiliumValues(first)) return "cilium-values";
  const words = shellWords(text);
  const command = commandFormat(words);
  if (command) return command;
  if (looksLikeFlags(words)) return "component-flags";
  return "unknown";
}

/** Guesses the format: kubeadm by apiVersion, static Pod manifests and `--flags`, then k3s and Cilium keys. */
export function detectFormat(text: string): ImportFormat | "unknown" {
  return detectIn({ text, yaml: readYaml(text) });
}

function parseAs(
  format: ImportFormat,
  { text, yaml }: ConfigInput,
  base: Design,
  messages: string[],
  findings: ImportFinding[],
): Design | undefined {
  const docs = yaml.docs;
  const commandOrUnit = readCommand(format, text, base, messages, findings);
  if (commandOrUnit !== "not a command") return commandOrUnit;
  if (format === "component-flags") {
    const fromManifest = docs?.map(manifestCommand).find((c) => c !== undefined);
    const words = fromManifest ?? shellWords(text);
    if (!looksLikeFlags(words)) {
      messages.push("no --flags were found");
      return undefined;
    }
    return importComponentFlags(words, base, messages, findings);
  }
  if (!docs) {
    messages.push(
      yaml.syntaxError ? `it is not valid YAML: ${yaml.syntaxError}` : "the text is not valid YAML",
    );
    return undefined;
  }
  if (format === "kubeadm") return importKubeadm(docs, base, messages, findings);
  if (format === "talos-machine-config") return importTalosConfig(docs, base, messages, findings);
  if (format === "kind-cluster") {
    const kind = kindToKubeadm(docs, base.kubernetesVersion, messages);
    const design = importKubeadm(kind.docs, base, messages, findings);
    return withKindCluster(design, kind.cluster, kind.defaulted, messages);
  }
  if (format === "cluster-api") {
    const design = importKubeadm(clusterApiToKubeadm(docs, messages), base, messages, findings);
    return withReplicas(design, docs, messages);
  }
  if (format === "flux-helmrelease" || format === "argocd-application") {
    const values = helmWrapperValues(docs, format, messages);
    return values ? importCiliumValues(values, base, messages, findings) : undefined;
  }
  if (format === "aws-ec2" || format === "gcloud-subnets" || format === "azure-vnet") {
    return importCloudNetworks(docs[0], format, base, messages);
  }
  const doc = docs.find(isRecord);
  if (!doc) {
    messages.push("the YAML holds no mapping");
    return undefined;
  }
  if (docs.length > 1) messages.push("only the first YAML document was read");
  return format === "k3s-config"
    ? importK3sConfig(doc, base, messages, findings)
    : importCiliumValues(doc, base, messages, findings);
}

/**
 * Reads a command line (`kubeadm init`, `k3s server`, `rke2 server`) or a systemd unit's
 * `ExecStart=` (whose program decides: k3s/RKE2 server, else component flags). "not a command"
 * for every other format.
 */
function readCommand(
  format: ImportFormat,
  text: string,
  base: Design,
  messages: string[],
  findings: ImportFinding[],
): Design | undefined | "not a command" {
  let words: string[];
  if (format === "systemd-unit") {
    const command = execStartOf(text);
    if (command === undefined) {
      messages.push("no ExecStart= line was found");
      return undefined;
    }
    messages.push("read the flags of the unit's ExecStart= command");
    words = shellWords(command);
  } else if (format === "kubeadm-init-command" || format === "k3s-server-command") {
    words = shellWords(text);
  } else return "not a command";
  const inner = commandFormat(words) ?? "component-flags";
  const args = commandArgs(words, messages);
  if (inner === "kubeadm-init-command")
    return withInitFlagSources(
      importKubeadm(kubeadmInitDocs(args, messages), base, messages, findings),
    );
  if (inner === "k3s-server-command")
    return importK3sConfig(k3sServerDoc(args), base, messages, findings);
  if (!looksLikeFlags(words)) {
    messages.push("no --flags were found");
    return undefined;
  }
  return importComponentFlags(words, base, messages, findings);
}

/** The message for anything an importer throws (a bug): the import fails with it, never the caller. */
const thrown = (error: unknown) =>
  `the config could not be read: ${error instanceof Error ? error.message : String(error)}`;

/**
 * Imports the design an existing cluster's config describes: Cilium Helm values, a kubeadm
 * config (v1beta3 or v1beta4, multi-document), kube-controller-manager / kube-apiserver flags
 * (text or a static Pod manifest) or a k3s/RKE2 `config.yaml`. The text passes the input gate
 * first (4 MiB, then the YAML limits of readYaml, parsed once). Starts from the default design,
 * lays the config's addressing over it, and passes the result through the restore gate. The
 * format is detected unless `hint` names it. Every key not understood or ignored gets a message;
 * `design` is absent when nothing usable was found. Messages are one line each, with control,
 * bidi and zero-width characters escaped. Never throws: anything thrown inside becomes a message.
 */
export function importConfig(text: string, hint?: ImportFormat): ImportResult {
  let result: ImportResult;
  try {
    result = { findings: [], ...importGated(text, hint) };
  } catch (error) {
    result = { format: hint ?? "unknown", messages: [thrown(error)], findings: [] };
  }
  // Keys and values are echoed in the messages: none may carry a control or bidi character.
  return { ...result, messages: result.messages.map(escapeUnsafe) };
}

function importGated(
  text: string,
  hint: ImportFormat | undefined,
): Omit<ImportResult, "findings"> & { findings?: ImportFinding[] } {
  if (typeof text !== "string" || text.trim() === "") {
    return { format: hint ?? "unknown", messages: ["the config is empty"] };
  }
  if (overInputLimit(text)) {
    return { format: hint ?? "unknown", messages: [`the config is ${overLimitWords()}`] };
  }
  const input: ConfigInput = { text, yaml: readYaml(text) };
  if (input.yaml.limitError) {
    return {
      format: hint ?? "unknown",
      messages: [`the config cannot be read: ${input.yaml.limitError}`],
    };
  }
  const format = hint ?? detectIn(input);
  if (format === "unknown") {
    const syntax = input.yaml.syntaxError;
    const notRead =
      "this is not a config the designer reads: paste Cilium Helm values (or a Flux HelmRelease / Argo CD Application holding them), a kubeadm ClusterConfiguration, a kind Cluster, a Cluster API Cluster / KubeadmControlPlane, kube-controller-manager / kube-apiserver flags, a kubeadm init / k3s server / rke2 server command line, a systemd unit, a k3s/RKE2 config.yaml, a Talos machine config, or the JSON of aws ec2 describe-subnets, gcloud compute networks subnets list or az network vnet show";
    // A YAML error is why a config was not recognised (a repeated key, a tab): it comes first.
    return {
      format,
      messages: syntax ? [`it is not valid YAML: ${syntax}`, notRead] : [notRead],
    };
  }
  const messages: string[] = [];
  const findings: ImportFinding[] = [];
  let imported: Design | undefined;
  try {
    imported = parseAs(format, input, defaultDesign(), messages, findings);
  } catch (error) {
    messages.push(thrown(error));
  }
  if (!imported) return { format, messages, findings };
  const withSources = withProvenance(imported, format, findings);
  const restored = restoreDesign(JSON.parse(JSON.stringify(withSources)));
  if (!restored.ok)
    return {
      format,
      messages: [...messages, `the imported design is not valid: ${restored.error}`],
      findings,
    };
  return {
    design: restored.value.design,
    format,
    messages: [...messages, ...restored.value.notices],
    findings,
  };
}
