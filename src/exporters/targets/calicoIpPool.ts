import {
  CALICO_IPAM_DEFAULTS,
  calicoIpamIsCustom,
  calicoIpamSettings,
} from "../../core/cni/calico.ts";
import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile, type YamlDocSpec } from "../yamlText.ts";
import {
  blockSizeNotes,
  calicoPools,
  encapsulationNotes,
  type Encapsulation,
} from "./calicoPools.ts";

type Mode = "Never" | "Always" | "CrossSubnet";

/** The IPPool `ipipMode` / `vxlanMode` pair for an Installation encapsulation value. */
export function poolModes(encapsulation: Encapsulation): { ipipMode: Mode; vxlanMode: Mode } {
  switch (encapsulation) {
    case "IPIP":
      return { ipipMode: "Always", vxlanMode: "Never" };
    case "IPIPCrossSubnet":
      return { ipipMode: "CrossSubnet", vxlanMode: "Never" };
    case "VXLAN":
      return { ipipMode: "Never", vxlanMode: "Always" };
    case "VXLANCrossSubnet":
      return { ipipMode: "Never", vxlanMode: "CrossSubnet" };
    case "None":
      return { ipipMode: "Never", vxlanMode: "Never" };
  }
}

/**
 * Calico `IPPool` resources (`projectcalico.org/v3`, Calico 3.32.1), one per pod range, with a
 * strictly masked cidr, blockSize, ipipMode/vxlanMode, natOutgoing and nodeSelector all().
 */
export function renderCalicoIpPool(design: Design): ExportFile[] {
  const docs: YamlDocSpec[] = calicoPools(design).map((pool, i) => ({
    header:
      i === 0
        ? [
            "Calico IPPool resources (projectcalico.org/v3, Calico 3.32.1): apply with calicoctl, or kubectl where the v3 API is served.",
            "The operator creates the same pools from the Installation; use these for manifest installs or to add pools later.",
            ...encapsulationNotes(design),
            ...blockSizeNotes(design),
          ]
        : [],
    value: {
      apiVersion: "projectcalico.org/v3",
      kind: "IPPool",
      metadata: { name: pool.name },
      spec: {
        cidr: pool.cidr,
        ...(pool.blockSize === undefined ? {} : { blockSize: pool.blockSize }),
        ...poolModes(pool.encapsulation),
        natOutgoing: pool.natOutgoing,
        nodeSelector: "all()",
      },
    },
  }));
  return [yamlFile("calico-ippools.yaml", docs), ...renderIpamConfiguration(design)];
}

/**
 * Calico's `IPAMConfiguration` singleton (`projectcalico.org/v3`, name `default`) when the design's
 * maxBlocksPerHost or strictAffinity differ from Calico's defaults (20, false); none otherwise,
 * since Calico then applies those defaults itself (docs.tigera.io reference/resources/ipamconfig).
 */
export function renderIpamConfiguration(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind !== "calico" || cni.ipam !== "calico-ipam" || !calicoIpamIsCustom(cni)) return [];
  const settings = calicoIpamSettings(cni);
  return [
    yamlFile("calico-ipamconfig.yaml", [
      {
        header: [
          "Calico IPAMConfiguration (projectcalico.org/v3, Calico 3.32.1): apply with calicoctl, or kubectl where the v3 API is served.",
          `Calico's defaults are maxBlocksPerHost ${CALICO_IPAM_DEFAULTS.maxBlocksPerHost} and strictAffinity ${String(CALICO_IPAM_DEFAULTS.strictAffinity)}; this design changes them.`,
        ],
        value: {
          apiVersion: "projectcalico.org/v3",
          kind: "IPAMConfiguration",
          metadata: { name: "default" },
          spec: {
            strictAffinity: settings.strictAffinity,
            maxBlocksPerHost: settings.maxBlocksPerHost,
          },
        },
      },
    ]),
  ];
}

/** Calico IPPool manifests. */
export const calicoIpPoolTarget: ExportTarget = {
  id: "calico-ippool",
  label: "Calico IPPools",
  description:
    "Calico IPPool resources (projectcalico.org/v3, Calico 3.32.1), one per pod range, with block size and encapsulation modes; an IPAMConfiguration when the design changes maxBlocksPerHost or strictAffinity.",
  appliesTo: (design) => design.cni.kind === "calico",
  render: renderCalicoIpPool,
  refusedBy: { tool: "Calico (IPPool validation)", rules: ["calico-link-local"] },
};
