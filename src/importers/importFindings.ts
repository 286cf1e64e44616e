import type { ImportFinding } from "./types.ts";

/**
 * kube-controller-manager's node-IPAM start-up texts (kubernetes cmd/kube-controller-manager/app
 * core.go `setNodeCIDRMaskSizes`, options/nodeipamcontroller.go `Validate`, pkg/controller/nodeipam
 * `New`; reference/kubernetes.md 1.3). A refusal stops the controller manager ("Error starting
 * controllers"); the per-family lines for an absent family are only logged.
 */
export const KCM_TEXT = {
  legacyDualStack: "usage of --node-cidr-mask-size is not allowed with dual-stack clusters",
  legacyWithFamily:
    "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags",
  ipv4MaskOnIpv6: "--node-cidr-mask-size-ipv4 should not be used for a single-stack IPv6 cluster",
  ipv6MaskOnIpv4: "--node-cidr-mask-size-ipv6 should not be used for a single-stack IPv4 cluster",
  serviceCount: "--service-cluster-ip-range can not contain more than two entries",
  allocatorType: (type: string) => `invalid CIDR allocator type: ${type}`,
  cloudAllocator:
    "--cidr-allocator-type is set to 'CloudAllocator' but cloud provider is not configured",
} as const;

/**
 * kube-apiserver's Service-range flag texts (`validateClusterIPFlags`,
 * cmd/kube-apiserver/app/options/validation.go; reference/kubernetes.md 2.1).
 */
export const APISERVER_TEXT = {
  serviceCount: "--service-cluster-ip-range must not contain more than two entries",
  serviceFamilies:
    "--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family",
} as const;

/** Records what a component says about an imported config (see `ImportFinding`). */
export function addFinding(findings: ImportFinding[], finding: ImportFinding): void {
  findings.push(finding);
}

/** A finding as one line: severity, component, its quoted text, then what the import did. */
export function findingLine(f: ImportFinding): string {
  const quoted = f.quoted === undefined ? "" : `: "${f.quoted}"`;
  return `${f.severity === "error" ? "refused" : "warning"} by ${f.component} (${f.key})${quoted}. ${f.message}`;
}
