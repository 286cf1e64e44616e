import type { Design } from "../core/design/schema.ts";

/** The config formats `importConfig` reads. */
export type ImportFormat =
  | "cilium-values"
  | "kubeadm"
  | "component-flags"
  | "k3s-config"
  | "aws-ec2"
  | "gcloud-subnets"
  | "azure-vnet"
  | "kind-cluster"
  | "cluster-api"
  | "flux-helmrelease"
  | "argocd-application"
  | "kubeadm-init-command"
  | "k3s-server-command"
  | "systemd-unit"
  | "talos-machine-config";

/** Every importable format, in detection order. */
export const IMPORT_FORMATS: readonly ImportFormat[] = [
  "kind-cluster",
  "cluster-api",
  "flux-helmrelease",
  "argocd-application",
  "kubeadm",
  "k3s-config",
  "cilium-values",
  "component-flags",
  "aws-ec2",
  "gcloud-subnets",
  "azure-vnet",
  "kubeadm-init-command",
  "k3s-server-command",
  "systemd-unit",
  "talos-machine-config",
];

/**
 * What the component that reads a config says about it: an error when it refuses the config
 * (fails to start, or Helm refuses to render), a warning when it starts but not as the config
 * says. `quoted` is the component's own text with its prefix; `message` says what the import did
 * and what to change.
 */
export interface ImportFinding {
  severity: "error" | "warning";
  /** The component that refuses, e.g. "kube-controller-manager", "Cilium Helm chart". */
  component: string;
  /** The config key or flag as written in the config ("--node-cidr-mask-size", "ipam.mode"). */
  key: string;
  /** The component's own text, prefix included; absent where it says nothing (a silent default). */
  quoted?: string;
  message: string;
}

/** What an import found: the design (absent when nothing usable was read) and every remark. */
export interface ImportResult {
  design?: Design;
  format: ImportFormat | "unknown";
  /** Plain sentences: keys ignored or not understood, defaults assumed, values refused. */
  messages: string[];
  /** What the config's own component refuses or does differently, structured (never repaired silently). */
  findings: ImportFinding[];
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
  /** How the config spells the node-mask flags ("--", "controllerManager.extraArgs."), when it sets any: kube-controller-manager then judges them. */
  maskFlags?: string;
  /** How the config names its Service ranges ("--service-cluster-ip-range", "networking.serviceSubnet"). */
  serviceKey?: string;
  /** `--allocate-node-cidrs` is false (or kubeadm leaves it unset): no controller manager hands out node ranges. */
  nodeIpamOff?: boolean;
  /** How the config names its pod ranges ("networking.podSubnet", "--cluster-cidr"). */
  podKey?: string;
  /** Node IPs the config declares (kubelet `node-ip`), and the key they were read from. */
  nodeIps?: { ips: string[]; key: string };
  /** Design path → the config key (or the component default) each other value came from (ADR 0120). */
  sources?: Record<string, string>;
}
