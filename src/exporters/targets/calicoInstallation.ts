import { calicoIpamIsCustom } from "../../core/cni/calico.ts";
import type { Design } from "../../core/design/schema.ts";
import type { ExportFile, ExportTarget } from "../types.ts";
import { yamlFile } from "../yamlText.ts";
import { blockSizeNotes, calicoPools, encapsulationNotes } from "./calicoPools.ts";
import { TIGERA_OPERATOR_REFUSING_RULES } from "../refusals.ts";

/**
 * The Tigera operator `Installation` (`operator.tigera.io/v1`, operator 1.42.3 / Calico 3.32.1):
 * Calico CNI with Calico or HostLocal IPAM, BGP on or off, and one `calicoNetwork.ipPools` entry
 * per pod range (blockSize = node mask, natOutgoing on for IPv4 only, nodeSelector all()).
 */
export function renderCalicoInstallation(design: Design): ExportFile[] {
  const cni = design.cni;
  if (cni.kind !== "calico") return [];
  const ipPools = calicoPools(design).map((pool) => ({
    name: pool.name,
    cidr: pool.cidr,
    ...(pool.blockSize === undefined ? {} : { blockSize: pool.blockSize }),
    encapsulation: pool.encapsulation,
    natOutgoing: pool.natOutgoing ? "Enabled" : "Disabled",
    nodeSelector: "all()",
  }));
  const header = [
    "Tigera operator Installation (operator.tigera.io/v1; operator 1.42.3 = Calico 3.32.1), addressing fields only.",
    "Pools are read at install time; later changes go to the IPPool resources (blockSize and cidr are immutable).",
    ...encapsulationNotes(design),
    ...blockSizeNotes(design),
  ];
  if (cni.ipam === "host-local") {
    header.push(
      "HostLocal IPAM takes each node's podCIDR from kube-controller-manager; the pools still drive NAT and routing.",
    );
  } else {
    header.push("Calico IPAM does not know the Service range: keep the pools clear of it.");
    if (calicoIpamIsCustom(cni)) {
      header.push(
        "The Installation cannot carry maxBlocksPerHost or strictAffinity: apply calico-ipamconfig.yaml (Calico IPPools export) after install.",
      );
    }
  }
  return [
    yamlFile("calico-installation.yaml", [
      {
        header,
        value: {
          apiVersion: "operator.tigera.io/v1",
          kind: "Installation",
          metadata: { name: "default" },
          spec: {
            cni: {
              type: "Calico",
              ipam: { type: cni.ipam === "host-local" ? "HostLocal" : "Calico" },
            },
            calicoNetwork: { bgp: cni.bgp ? "Enabled" : "Disabled", ipPools },
          },
        },
      },
    ]),
  ];
}

/** Calico operator Installation. */
export const calicoInstallationTarget: ExportTarget = {
  id: "calico-installation",
  label: "Calico Installation",
  description:
    "Tigera operator Installation (operator.tigera.io/v1, operator 1.42.3 / Calico 3.32.1) with the IP pools, IPAM type and BGP.",
  appliesTo: (design) => design.cni.kind === "calico",
  render: renderCalicoInstallation,
  refusedBy: { tool: "Tigera operator", rules: TIGERA_OPERATOR_REFUSING_RULES },
};
