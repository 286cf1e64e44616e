import type { Cni } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";

type CalicoCni = Extract<Cni, { kind: "calico" }>;

/** The Installation's pool encapsulation values (operator.tigera.io/v1). */
export type CalicoEncapsulation = CalicoCni["encapsulation"];

/** Where the IPAMConfiguration facts below come from. */
export const CALICO_IPAMCONFIG_DOC =
  "https://docs.tigera.io/calico/latest/reference/resources/ipamconfig";

/**
 * Calico's `IPAMConfiguration` (`projectcalico.org/v3`, singleton `default`) defaults:
 * `maxBlocksPerHost` 20 (accepted 0 – max int32, 0 meaning no limit) and `strictAffinity` false
 * (a node whose own blocks are full may borrow addresses from other nodes' blocks). Source:
 * docs.tigera.io calico/latest/reference/resources/ipamconfig (Spec table, "Default" column).
 */
export const CALICO_IPAM_DEFAULTS = { maxBlocksPerHost: 20, strictAffinity: false } as const;

/** The largest `maxBlocksPerHost` Calico accepts: max(int32). */
export const CALICO_MAX_BLOCKS_LIMIT = 2_147_483_647;

/** A Calico design's IPAMConfiguration settings, with Calico's defaults where the design has none. */
export interface CalicoIpamSettings {
  maxBlocksPerHost: number;
  strictAffinity: boolean;
}

/** The IPAMConfiguration a Calico CNI setting means: its own values, else Calico's defaults. */
export function calicoIpamSettings(cni: CalicoCni): CalicoIpamSettings {
  return {
    maxBlocksPerHost: cni.maxBlocksPerHost ?? CALICO_IPAM_DEFAULTS.maxBlocksPerHost,
    strictAffinity: cni.strictAffinity ?? CALICO_IPAM_DEFAULTS.strictAffinity,
  };
}

/** True when the settings differ from Calico's defaults, so an IPAMConfiguration must be applied. */
export function calicoIpamIsCustom(cni: CalicoCni): boolean {
  const s = calicoIpamSettings(cni);
  return (
    s.maxBlocksPerHost !== CALICO_IPAM_DEFAULTS.maxBlocksPerHost ||
    s.strictAffinity !== CALICO_IPAM_DEFAULTS.strictAffinity
  );
}

/**
 * The encapsulation of a family's pools: the design's choice for IPv4; IPv6 pools never use IPIP
 * (the operator refuses it), so IPIP becomes VXLAN with Calico IPAM (the operator accepts VXLAN
 * without BGP) and None with host-local (which refuses VXLAN; IPIP there already needs BGP).
 */
export function encapsulationFor(cni: CalicoCni, family: Family): CalicoEncapsulation {
  if (family === "ipv4" || !cni.encapsulation.startsWith("IPIP")) return cni.encapsulation;
  if (cni.ipam === "host-local") return "None";
  return cni.encapsulation === "IPIPCrossSubnet" ? "VXLANCrossSubnet" : "VXLAN";
}

/**
 * Whether each node takes a tunnel address from the family's pools: calico-node assigns one
 * (IPIP `ipv4IPIPTunnelAddr`, VXLAN `ipv4VXLANTunnelAddr` / `ipv6VXLANTunnelAddr`) whenever a
 * pool of that family has IPIP or VXLAN on, CrossSubnet included (`node/pkg/allocateip/allocateip.go`,
 * `IntendedUse: Tunnel`; reference/cni.md 9).
 */
export function takesTunnelAddress(cni: CalicoCni, family: Family): boolean {
  return encapsulationFor(cni, family) !== "None";
}

/**
 * Calico's default IP pool `blockSize`: 26 for IPv4, 122 for IPv6 (docs.tigera.io
 * calico/latest/reference/resources/ippool, Spec table "Default" column).
 */
export const CALICO_DEFAULT_BLOCK_SIZE: Record<Family, number> = { ipv4: 26, ipv6: 122 };

/** Calico's default block size for the family under Calico IPAM; undefined for any other mode. */
export function calicoBlockSizeDefault(cni: Cni, family: Family): number | undefined {
  return cni.kind === "calico" && cni.ipam === "calico-ipam"
    ? CALICO_DEFAULT_BLOCK_SIZE[family]
    : undefined;
}
