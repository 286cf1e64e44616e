import { quote } from "../core/codec/quote.ts";
import { defaultCni } from "../core/design/defaults.ts";
import type { Cni } from "../core/design/schema.ts";
import { listOf } from "./overlay.ts";

/** What one RKE2 `cni` value deploys, as the design models it, and where that is documented. */
interface Rke2Cni {
  cni: () => Cni;
  says: string;
  source: string;
}

/**
 * RKE2's bundled CNI charts (the primary plugin of `cni`). canal: flannel carries pod traffic
 * over VXLAN between nodes on the podCIDRs kube-controller-manager hands out (host-local IPAM),
 * Calico only enforces policy (rancher/rke2-docs docs/networking/basic_network_options.md, "Canal
 * means using Flannel for inter-node traffic ... vxlan encapsulation"). calico: the Tigera
 * operator with Calico IPAM, one VXLAN pool per family on `cluster-cidr`, `bgp: Disabled`,
 * `strictAffinity: true` (rancher/rke2-charts packages/rke2-calico generated-changes/patch
 * values.yaml.patch and templates/crs/custom-resources.yaml.patch @022d0ba5). cilium: the
 * rke2-cilium chart sets `ipam.mode: kubernetes` (packages/rke2-cilium values.yaml.patch
 * @0035c5a0). flannel: RKE2's flannel chart, VXLAN.
 */
export const RKE2_CNIS: Record<string, Rke2Cni> = {
  canal: {
    cni: () => ({ kind: "flannel", backend: "vxlan" }),
    says: "canal: flannel carries pod traffic (VXLAN) on the node ranges kube-controller-manager hands out, with host-local IPAM; Calico only enforces network policy, so the design models flannel",
    source: "rancher/rke2-docs docs/networking/basic_network_options.md",
  },
  calico: {
    cni: () => ({
      kind: "calico",
      ipam: "calico-ipam",
      encapsulation: "VXLAN",
      bgp: false,
      strictAffinity: true,
    }),
    says: "calico: RKE2's chart runs the Tigera operator with Calico IPAM, a VXLAN pool on cluster-cidr (BGP Disabled, strictAffinity true) and Calico's default block size as the per-node block",
    source:
      "rancher/rke2-charts packages/rke2-calico (values.yaml.patch, custom-resources.yaml.patch)",
  },
  cilium: {
    cni: () => {
      const cilium = defaultCni("cilium");
      return cilium.kind === "cilium" ? { ...cilium, ipam: "kubernetes" } : cilium;
    },
    says: "cilium: RKE2's chart sets ipam.mode kubernetes, so Cilium uses the node ranges kube-controller-manager hands out",
    source: "rancher/rke2-charts packages/rke2-cilium values.yaml.patch",
  },
  flannel: {
    cni: () => ({ kind: "flannel", backend: "vxlan" }),
    says: "flannel: VXLAN on the node ranges kube-controller-manager hands out",
    source: "rancher/rke2-docs docs/networking/basic_network_options.md",
  },
  none: {
    cni: () => defaultCni("generic"),
    says: "none: the cluster's CNI is installed separately; choose it in the design",
    source: "rancher/rke2-docs docs/networking/basic_network_options.md",
  },
};

/**
 * Reads RKE2's `cni` (a name, a comma-separated text, or a list). Multus is a meta-plugin that
 * must come first and delegates pod networking to the next entry (`[multus, canal]`,
 * rke2-docs docs/networking/multus_sriov.md), so the design models that one. An unknown name is
 * said and the generic CNI is used.
 */
export function readRke2Cni(value: unknown, messages: string[]): Cni {
  const names = listOf(value).map((n) => n.trim().toLowerCase());
  const primary = names[0] === "multus" ? names[1] : names[0];
  if (names[0] === "multus")
    messages.push(
      primary
        ? `cni: multus attaches extra networks; pod addresses come from ${primary}, the next entry`
        : "cni: multus alone gives pods no network (it needs a primary CNI after it); the generic CNI was used",
    );
  if (primary === undefined) return defaultCni("generic");
  const known = Object.hasOwn(RKE2_CNIS, primary) ? RKE2_CNIS[primary] : undefined;
  if (!known) {
    messages.push(`cni: ${quote(primary)} is not a CNI RKE2 bundles; the generic CNI was used`);
    return defaultCni("generic");
  }
  messages.push(`cni: ${known.says} (${known.source})`);
  return known.cni();
}
