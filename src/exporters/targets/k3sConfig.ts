import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { distroApplies } from "./distroNetworking.ts";
import { rancherFile } from "./rancherConfig.ts";
import { CONTROL_PLANE_REFUSING_RULES } from "../refusals.ts";

/** k3s names its in-kernel WireGuard Flannel backend `wireguard-native`. */
const K3S_BACKEND = {
  vxlan: "vxlan",
  "host-gw": "host-gw",
  wireguard: "wireguard-native",
} as const;

/**
 * k3s `config.yaml`: cluster/service CIDRs, cluster DNS and domain, NodePort range, node masks via
 * `kube-controller-manager-arg`, `max-pods` via `kubelet-arg`; the embedded Flannel's backend (and
 * `flannel-ipv6-masq` with IPv6), or `flannel-backend: none` plus `disable-network-policy` for
 * another CNI, as the k3s docs prescribe.
 */
export function renderK3sConfig(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind === "flannel") {
    return rancherFile(
      design,
      "k3s",
      {
        "flannel-backend": K3S_BACKEND[cni.backend],
        ...(design.ipFamilies.includes("ipv6") ? { "flannel-ipv6-masq": true } : {}),
      },
      [],
    );
  }
  return rancherFile(design, "k3s", { "flannel-backend": "none", "disable-network-policy": true }, [
    "k3s's embedded Flannel is off; install the CNI with its own export. k3s docs: disable its network policy controller with another CNI.",
  ]);
}

/** k3s server configuration. */
export const k3sConfigTarget: ExportTarget = {
  id: "k3s-config",
  label: "k3s config.yaml",
  description:
    "/etc/rancher/k3s/config.yaml (k3s 1.29-1.36): cluster-cidr, service-cidr, cluster-dns, node masks, max-pods and the Flannel backend.",
  appliesTo: distroApplies,
  render: renderK3sConfig,
  refusedBy: {
    tool: "k3s server (kube-apiserver, kube-controller-manager)",
    rules: CONTROL_PLANE_REFUSING_RULES,
  },
};
