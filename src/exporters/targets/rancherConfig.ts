import { DEFAULT_MAX_PODS } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import {
  controllerManagerAllocates,
  dnsAddress,
  nodeMask,
  nodePortRange,
  perFamily,
  serviceCidr,
} from "../addressing.ts";
import type { ExportFile } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { distroPodCidrNotes, distroPodCidrs } from "./distroNetworking.ts";

/**
 * The addressing keys k3s and RKE2 share in `/etc/rancher/{k3s,rke2}/config.yaml`. `cluster-dns`
 * lists the 10th address of each Service range, primary family first: k3s (and RKE2, which runs
 * k3s's server) splits the flag on commas and uses the first as the primary (k3s
 * `pkg/cli/server/server.go`, `ClusterDNSs`); a range too small for a 10th address is left out.
 */
export function rancherCommon(design: Design): Record<string, unknown> {
  const dns = perFamily(design, (f) => dnsAddress(design, f)).join(",");
  const kcmArgs = controllerManagerAllocates(design)
    ? design.ipFamilies.map((f) => `node-cidr-mask-size-${f}=${nodeMask(design, f)}`)
    : ["allocate-node-cidrs=false"];
  return {
    "cluster-cidr": distroPodCidrs(design).join(","),
    "service-cidr": perFamily(design, (f) => serviceCidr(design, f)).join(","),
    ...(dns ? { "cluster-dns": dns } : {}),
    "cluster-domain": design.clusterDomain,
    "service-node-port-range": nodePortRange(design),
    "kube-controller-manager-arg": kcmArgs,
    ...(design.nodes.maxPods === DEFAULT_MAX_PODS
      ? {}
      : { "kubelet-arg": [`max-pods=${design.nodes.maxPods}`] }),
  };
}

/** Writes a k3s or RKE2 config file with the shared keys plus the distribution's own. */
export function rancherFile(
  design: Design,
  distro: "k3s" | "rke2",
  own: Record<string, unknown>,
  notes: readonly string[],
): ExportFile[] {
  return [
    yamlFile(`${distro}-config.yaml`, [
      {
        header: [
          `/etc/rancher/${distro}/config.yaml on every server node, addressing keys only; set before first start (CIDRs cannot change later).`,
          design.ipFamilies.length > 1
            ? "cluster-dns is the 10th address of each Service range, primary first (comma-separated, as k3s splits it)."
            : "cluster-dns is the 10th address of the primary Service range.",
          ...distroPodCidrNotes(design),
          ...notes,
        ],
        value: { ...rancherCommon(design), ...own },
      },
    ]),
  ];
}
