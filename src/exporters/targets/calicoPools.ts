import { encapsulationFor, type CalicoEncapsulation } from "../../core/cni/calico.ts";
import type { Design } from "../../core/design/schema.ts";
import type { Family } from "../../core/ip/family.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import { nodeMask, podPrefixes } from "../addressing.ts";

/** The Installation's pool encapsulation values (operator.tigera.io/v1). */
export type Encapsulation = CalicoEncapsulation;

/** Calico's default block sizes, used when host-local IPAM makes blockSize meaningless. */
const DEFAULT_BLOCK: Record<Family, number> = { ipv4: 26, ipv6: 122 };

/** One Calico IP pool as both the Installation and the IPPool resource describe it. */
export interface CalicoPool {
  name: string;
  family: Family;
  cidr: string;
  /** Undefined when Calico's default (26 / 122) applies. */
  blockSize: number | undefined;
  encapsulation: Encapsulation;
  natOutgoing: boolean;
}

/**
 * The design's pod ranges as Calico pools, primary family first: `default-ipv4-ippool` /
 * `default-ipv6-ippool` for each family's first range (the operator's own names), then
 * `ipv4-ippool-2`, ...; blockSize is the node mask with Calico IPAM, and the default (or the pool's
 * own prefix length when the pool is smaller than the default block) with host-local.
 */
export function calicoPools(design: Design): CalicoPool[] {
  const cni = design.cni;
  if (cni.kind !== "calico") return [];
  return design.ipFamilies.flatMap((family) =>
    podPrefixes(design, family).map((prefix, i) => {
      const blockSize =
        cni.ipam === "calico-ipam"
          ? nodeMask(design, family)
          : prefix.length > DEFAULT_BLOCK[family]
            ? prefix.length
            : undefined;
      return {
        name: i === 0 ? `default-${family}-ippool` : `${family}-ippool-${i + 1}`,
        family,
        cidr: formatPrefix(prefix),
        blockSize,
        encapsulation: encapsulationFor(cni, family),
        natOutgoing: family === "ipv4",
      };
    }),
  );
}

/** Header lines on blockSize under host-local IPAM, where Calico's block size plays no part. */
export function blockSizeNotes(design: Design): string[] {
  return design.cni.kind === "calico" && design.cni.ipam === "host-local"
    ? ["blockSize is left to Calico's default (26 / 122): host-local IPAM never uses blocks."]
    : [];
}

/** Header lines explaining the encapsulation choice, when IPv6 had to differ from IPv4. */
export function encapsulationNotes(design: Design): string[] {
  const cni = design.cni;
  if (cni.kind !== "calico" || !design.ipFamilies.includes("ipv6")) return [];
  const v6 = encapsulationFor(cni, "ipv6");
  return v6 === cni.encapsulation
    ? []
    : [`IPv6 pools cannot use IPIP: they use ${v6} while IPv4 pools use ${cni.encapsulation}.`];
}
