import type { Design } from "../../core/design/schema.ts";
import { importConfig } from "../../importers/importConfig.ts";
import { findingLine } from "../../importers/importFindings.ts";
import { IMPORT_FORMATS, type ImportFormat } from "../../importers/types.ts";

/** What the import dialog shows for pasted text. */
export interface ImportPreview {
  /** The format read, in words ("kubeadm configuration"). */
  format: string;
  /** The design the text describes; undefined when nothing usable was found. */
  design: Design | undefined;
  /** Why nothing can be applied, when `design` is undefined. */
  error: string | undefined;
  /** Every remark of the importer, as sentences. */
  messages: string[];
}

/** Words for each format the importer reads, in its detection order. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  kubeadm: "kubeadm configuration",
  "k3s-config": "k3s / RKE2 config.yaml",
  "cilium-values": "Cilium Helm values",
  "component-flags": "kube-controller-manager / kube-apiserver flags",
  "aws-ec2": "AWS subnets / VPCs (aws ec2 describe-subnets, describe-vpcs)",
  "gcloud-subnets": "GCP subnets (gcloud compute networks subnets list)",
  "azure-vnet": "Azure VNet / subnets (az network vnet show, subnet list)",
  "kind-cluster": "kind Cluster config",
  "cluster-api": "Cluster API Cluster / KubeadmControlPlane",
  "flux-helmrelease": "Flux HelmRelease (Cilium values)",
  "argocd-application": "Argo CD Application (Cilium values)",
  "kubeadm-init-command": "kubeadm init command line",
  "k3s-server-command": "k3s / RKE2 server command line",
  "systemd-unit": "systemd unit (ExecStart flags)",
  "talos-machine-config": "Talos machine config",
};

/** The formats for the dialog's "read as" choice, in the importer's order. */
export const FORMAT_CHOICES: readonly { value: ImportFormat; label: string }[] = IMPORT_FORMATS.map(
  (value) => ({ value, label: FORMAT_LABELS[value] }),
);

/**
 * Words a remark as a sentence: a plain first word gets a capital, but a config key or flag
 * ("kubeProxyReplacement: …", "ipam.mode …", "--leader-elect …") keeps its upstream spelling.
 */
const sentence = (text: string) => {
  const first = text.split(/\s/, 1)[0] ?? "";
  const plainWord = /^[a-z]+$/.test(first);
  const capital = plainWord ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/**
 * Runs the importer on pasted text (format detected, or forced by `hint`) and words the result
 * for the dialog. The importer starts from the default design and never throws.
 */
export function previewImport(text: string, hint?: ImportFormat): ImportPreview {
  const result = importConfig(text, hint);
  const format = result.format === "unknown" ? "unknown format" : FORMAT_LABELS[result.format];
  // What the config's own components refuse comes first, quoted (never repaired silently).
  const messages = [...result.findings.map(findingLine), ...result.messages.map(sentence)];
  if (result.design) return { format, design: result.design, error: undefined, messages };
  const error =
    result.format === "unknown"
      ? "Not a format the designer reads."
      : `Read as ${format}, but nothing usable was found.`;
  return { format, design: undefined, error, messages };
}
