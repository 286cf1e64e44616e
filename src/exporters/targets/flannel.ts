import type { Design } from "../../core/design/schema.ts";
import { droppedPodRangeNotes, firstPodCidr, planOf } from "../addressing.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";

/**
 * Flannel's `net-conf.json` (Flannel 0.28.9): `Network` (IPv4), `EnableIPv6` + `IPv6Network`,
 * `EnableIPv4: false` for IPv6-only, and the backend type; each network is the family's first pod
 * range, the kube-controller-manager `--cluster-cidr` every node podCIDR comes from.
 */
export function flannelNetConf(design: Design): Record<string, unknown> {
  if (design.cni.kind !== "flannel") return {};
  const conf: Record<string, unknown> = {};
  const v4 = planOf(design, "ipv4") ? firstPodCidr(design, "ipv4") : undefined;
  const v6 = planOf(design, "ipv6") ? firstPodCidr(design, "ipv6") : undefined;
  if (v4) conf.Network = v4;
  else conf.EnableIPv4 = false;
  if (v6) {
    conf.EnableIPv6 = true;
    conf.IPv6Network = v6;
  }
  conf.Backend = { Type: design.cni.backend };
  return conf;
}

/** The CNI chain of the upstream kube-flannel.yml, kept so that applying the ConfigMap does not drop it. */
const CNI_CONF = {
  name: "cbr0",
  cniVersion: "0.3.1",
  plugins: [
    { type: "flannel", delegate: { hairpinMode: true, isDefaultGateway: true } },
    { type: "portmap", capabilities: { portMappings: true } },
  ],
};

/** The `kube-flannel-cfg` ConfigMap (namespace kube-flannel) with net-conf.json built by JSON.stringify. */
export function renderFlannel(design: Design): ExportFile[] {
  return [
    yamlFile("kube-flannel-cfg.yaml", [
      {
        header: [
          "Flannel ConfigMap (Flannel 0.28.9 kube-flannel.yml layout); cni-conf.json is upstream's, unchanged.",
          "Under --kube-subnet-mgr each node's subnet is its podCIDR from kube-controller-manager (see the node masks there);",
          "every node podCIDR must lie inside Network / IPv6Network.",
          "Helm chart equivalent: --set podCidr=<IPv4 network> --set podCidrv6=<IPv6 network> --set flannel.backend=<type>.",
          ...droppedPodRangeNotes(design, "Flannel's Network / IPv6Network"),
        ],
        value: {
          apiVersion: "v1",
          kind: "ConfigMap",
          metadata: { name: "kube-flannel-cfg", namespace: "kube-flannel" },
          data: {
            "cni-conf.json": `${JSON.stringify(CNI_CONF, null, 2)}\n`,
            "net-conf.json": `${JSON.stringify(flannelNetConf(design), null, 2)}\n`,
          },
        },
      },
    ]),
  ];
}

/** Flannel ConfigMap. */
export const flannelTarget: ExportTarget = {
  id: "flannel",
  label: "Flannel ConfigMap",
  description:
    "The kube-flannel-cfg ConfigMap (Flannel 0.28.9) with net-conf.json: Network, IPv6Network, EnableIPv4/EnableIPv6 and the backend.",
  appliesTo: (design) => design.cni.kind === "flannel",
  render: renderFlannel,
};
