import type { Design } from "../core/design/schema.ts";

/** The config formats `importConfig` reads. */
export type ImportFormat =
  | "cilium-values"
  | "kubeadm"
  | "component-flags"
  | "k3s-config"
  | "aws-ec2"
  | "gcloud-subnets"
  | "azure-vnet";

/** Every importable format, in detection order. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  "kubeadm",
  "k3s-config",
  "cilium-values",
  "component-flags",
  "aws-ec2",
  "gcloud-subnets",
  "azure-vnet",
];

/** What an import found: the design (absent when nothing usable was read) and every remark. */
export interface ImportResult {
  design?: Design;
  format: ImportFormat | "unknown";
  /** Plain sentences: keys ignored or not understood, defaults assumed, values refused. */
  messages: string[];
}

/** What one parser reads out of a config, before it is laid over the default design. */
export interface ImportedAddressing {
  /** Pod ranges in the config's order (the first decides the primary family). */
  podCidrs?: string[];
  /** Service ranges in the config's order. */
  serviceCidrs?: string[];
  nodeMask?: { ipv4?: number; ipv6?: number; legacy?: number };
  /** Families switched on explicitly (Cilium `ipv4.enabled`/`ipv6.enabled`), in order. */
  families?: ("ipv4" | "ipv6")[];
}
