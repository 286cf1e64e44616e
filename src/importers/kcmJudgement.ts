import { defaultCni } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { describeCni } from "../core/cni/describeCni.ts";
import type { Family } from "../core/ip/family.ts";
import { addFinding, APISERVER_TEXT, KCM_TEXT } from "./importFindings.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";

/**
 * The node masks kube-controller-manager takes from the imported flags, as `setNodeCIDRMaskSizes`
 * does: with more than one `--cluster-cidr` the legacy `--node-cidr-mask-size` is refused and the
 * per-family flags apply; with one, the legacy flag is "still the main reference" and refused
 * beside a per-family flag; a per-family flag for the family the cluster lacks is only logged
 * and ignored. Each refusal or log line becomes a finding quoting it; the masks returned are the
 * ones the config states (never a silent repair), per family.
 */
export function kcmNodeMasks(
  imported: ImportedAddressing,
  families: readonly Family[],
  findings: ImportFinding[],
): Record<Family, number | undefined> {
  const masks = imported.nodeMask ?? {};
  const prefix = imported.maskFlags;
  if (prefix === undefined) return { ipv4: masks.ipv4, ipv6: masks.ipv6 };
  const key = (name: string) => `${prefix}${name}`;
  const kcm = "kube-controller-manager";
  const dualStack = (imported.podCidrs?.length ?? 0) > 1;
  if (masks.legacy !== undefined && dualStack) {
    addFinding(findings, {
      severity: "error",
      component: kcm,
      key: key("node-cidr-mask-size"),
      quoted: KCM_TEXT.legacyDualStack,
      message: `kube-controller-manager refuses to start; the legacy /${masks.legacy} was not applied to either family. Replace it with node-cidr-mask-size-ipv4 and node-cidr-mask-size-ipv6.`,
    });
    return { ipv4: masks.ipv4, ipv6: masks.ipv6 };
  }
  if (masks.legacy !== undefined) {
    if (masks.ipv4 !== undefined || masks.ipv6 !== undefined) {
      addFinding(findings, {
        severity: "error",
        component: kcm,
        key: key("node-cidr-mask-size"),
        quoted: KCM_TEXT.legacyWithFamily,
        message: `kube-controller-manager refuses to start; the design takes the legacy /${masks.legacy}, which it would read first. Keep only one of the flags.`,
      });
    }
    return { ipv4: masks.legacy, ipv6: masks.legacy };
  }
  const only = families.length === 1 ? families[0] : undefined;
  for (const family of ["ipv4", "ipv6"] as const) {
    if (masks[family] === undefined || only === undefined || only === family) continue;
    addFinding(findings, {
      severity: "warning",
      component: kcm,
      key: key(`node-cidr-mask-size-${family}`),
      quoted: family === "ipv4" ? KCM_TEXT.ipv4MaskOnIpv6 : KCM_TEXT.ipv6MaskOnIpv4,
      message: `The cluster has no ${family === "ipv4" ? "IPv4" : "IPv6"} pod range, so kube-controller-manager ignores this mask (it only logs the line); so does the design. Remove the flag.`,
    });
  }
  return { ipv4: masks.ipv4, ipv6: masks.ipv6 };
}

/**
 * Service ranges kube-apiserver and kube-controller-manager refuse: more than two entries, or
 * two of one family. The design keeps the first range of each family; the findings say so.
 */
export function serviceRangeFindings(
  imported: ImportedAddressing,
  families: readonly (Family | undefined)[],
  findings: ImportFinding[],
): void {
  const count = imported.serviceCidrs?.length ?? 0;
  const key = imported.serviceKey ?? "--service-cluster-ip-range";
  if (count > 2) {
    addFinding(findings, {
      severity: "error",
      component: "kube-apiserver",
      key,
      quoted: APISERVER_TEXT.serviceCount,
      message: `The config lists ${count} Service ranges; kube-apiserver refuses to start (kube-controller-manager too: "${KCM_TEXT.serviceCount}"). The design keeps the first of each family: remove the others.`,
    });
  } else if (count === 2 && families[0] !== undefined && families[0] === families[1]) {
    addFinding(findings, {
      severity: "error",
      component: "kube-apiserver",
      key,
      quoted: APISERVER_TEXT.serviceFamilies,
      message:
        "kube-apiserver refuses to start. The design keeps the first range: remove the second or make it the other family.",
    });
  }
}

/**
 * Node IPAM turned off (`--allocate-node-cidrs=false`, or kubeadm without `podSubnet`): no node
 * gets a podCIDR from the controller manager. A generic CNI then cannot be the one that reads
 * podCIDRs, so the design models the nodes' ranges as set per kubelet; a CNI that needs them is
 * kept and named in a warning.
 */
export function withNodeIpamOff(
  design: Design,
  key: string,
  messages: string[],
  findings: ImportFinding[],
): Design {
  const cni = describeCni(design.cni);
  if (design.cni.kind === "generic") {
    messages.push(
      `${key}: node IPAM is off, so no controller manager hands out node ranges; the design models the nodes' pod ranges as each kubelet's --pod-cidr (kubelet standalone): choose the CNI whose own IPAM allocates pod addresses if that is what the cluster runs`,
    );
    return { ...design, cni: defaultCni("kubelet-standalone") };
  }
  if (cni.needsControllerManagerAllocation) {
    addFinding(findings, {
      severity: "warning",
      component: cni.label,
      key,
      message: `${cni.label} reads each node's podCIDR from kube-controller-manager, which hands out none with node IPAM off: pods on new nodes get no addresses. Turn node IPAM on, or use a CNI with its own IPAM.`,
    });
  }
  return design;
}
