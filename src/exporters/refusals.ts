import type { Design } from "../core/design/schema.ts";
import type { Finding } from "../core/rules/finding.ts";
import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import type { ExportFile, ExportTarget } from "./types.ts";

/** The rules whose findings quote kubeadm's own validation errors (`kubeadm init` refuses the config). */
export const KUBEADM_REFUSING_RULES: readonly string[] = [
  "kubeadm-pod-node-mask",
  "kubeadm-service-subnet-size",
  "kubeadm-subnet-min-size",
];

/**
 * The rules whose findings quote kube-apiserver refusing to start on its Service-range flags
 * (`--service-cluster-ip-range` size limits, the ServiceCIDR allocator's IPv6 /64 floor).
 */
export const APISERVER_REFUSING_RULES: readonly string[] = [
  "apiserver-service-range-size",
  "apiserver-service-range-min",
  "apiserver-ipv6-service-prefix",
];

/**
 * The rules whose findings quote kube-controller-manager refusing to start on the node-IPAM flags
 * it is given (a pod range smaller than the node mask; an IPv6 split of more than 16 bits). The
 * CIDR-count rule is absent: the exports write one `--cluster-cidr` per family.
 */
export const KCM_REFUSING_RULES: readonly string[] = [
  "kcm-cluster-mask-order",
  "kcm-ipv6-mask-diff",
];

/** What a k3s, RKE2 or Talos server refuses: its embedded kube-apiserver and controller manager. */
export const CONTROL_PLANE_REFUSING_RULES: readonly string[] = [
  ...APISERVER_REFUSING_RULES,
  ...KCM_REFUSING_RULES,
];

/** The rules whose findings quote the Tigera operator refusing an Installation's pools. */
export const TIGERA_OPERATOR_REFUSING_RULES: readonly string[] = [
  "calico-block-size",
  "calico-pool-size",
  "calico-encapsulation",
];

/** A finding the target's tool would stop on, quoted as that tool says it. */
export interface Refusal {
  tool: string;
  rule: string;
  message: string;
  /** The design fields to change (for links in the panel). */
  fields: string[];
}

/**
 * The refusals of one export target: the design's findings from the rules the target's tool
 * enforces (`target.refusedBy`), whatever their severity (kubeadm's refusals are warnings for a
 * design that may never meet kubeadm, but refusals once its export is chosen). `findings` defaults
 * to a fresh rules run.
 */
export function targetRefusals(
  target: ExportTarget,
  design: Design,
  findings: readonly Finding[] = analyseDesign(design).findings,
): Refusal[] {
  const by = target.refusedBy;
  if (!by) return [];
  return findings
    .filter(
      (f) =>
        by.rules.includes(f.rule) &&
        (!by.errorsOnly || f.severity === "error") &&
        (!by.quoting || f.message.includes(by.quoting)),
    )
    .map((f) => ({ tool: by.tool, rule: f.rule, message: f.message, fields: f.fields }));
}

/** One line naming a refusal, for a file header or a terminal. */
export function refusalLine(r: Refusal): string {
  return `REFUSED by ${r.tool}: ${r.message}`;
}

/**
 * The files with each refusal named in a `#` comment at the top (YAML and shell files; JSON has
 * no comments, so JSON files are left as they are and the refusal is shown beside them).
 */
export function markRefused(
  files: readonly ExportFile[],
  refusals: readonly Refusal[],
): ExportFile[] {
  if (refusals.length === 0) return [...files];
  const lines = [
    ...refusals.map((r) => `# ${refusalLine(r)}`),
    `# ${refusals[0]?.tool ?? "The tool"} will not accept this file as it is: change the design first.`,
  ];
  return files.map((file) =>
    file.language === "json" ? file : { ...file, text: `${lines.join("\n")}\n${file.text}` },
  );
}

/** Renders a target with its refusals named in the files: what the panel, the zip and `--force` write. */
export function renderMarked(
  target: ExportTarget,
  design: Design,
  findings?: readonly Finding[],
): { files: ExportFile[]; refusals: Refusal[] } {
  const refusals = targetRefusals(target, design, findings);
  return { files: markRefused(target.render(design), refusals), refusals };
}
