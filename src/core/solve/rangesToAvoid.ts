import { platformOf } from "../cloud/platformCapacity.ts";
import { AKS_RESERVED_RANGES } from "../cni/aks.ts";
import type { Cni } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { SPECIAL_RANGES } from "../ip/special.ts";
import { avoidSet, type AvoidSet } from "./freeBlocks.ts";

const parsed = (text: string): AddressRange[] => {
  const r = parseAddressRange(text);
  return r.ok ? [r.value] : [];
};

/** Special-purpose blocks a proposal keeps out of: every use but Docker's local pools (info only). */
const SPECIAL: readonly AddressRange[] = SPECIAL_RANGES.filter((s) => s.use !== "local").flatMap(
  (s) => parsed(s.cidr),
);

const AKS: readonly AddressRange[] = AKS_RESERVED_RANGES.flatMap((r) => parsed(r.cidr));

/**
 * The special-purpose ranges a proposed block must not touch: core's special table (loopback,
 * multicast, link-local, documentation, CGNAT, docker0... every entry the `special-ranges` rule
 * warns or errs on; Docker's other local pools are only info and stay usable), and on AKS the
 * ranges AKS reserves (core/cni/aks.ts).
 */
export function specialToAvoid(cni: Cni): AddressRange[] {
  return platformOf(cni) === "aks" ? [...SPECIAL, ...AKS] : [...SPECIAL];
}

/** The avoid set of `family` for a block placed in a design with `cni`: `taken` and specialToAvoid. */
export function avoidSetFor(cni: Cni, family: Family, taken: readonly AddressRange[]): AvoidSet {
  return avoidSet(family, [...taken, ...specialToAvoid(cni)]);
}
