import type { Design } from "../core/design/schema.ts";
import { canonical, nodeSubnets } from "./cloudNetworks.ts";
import { podCidrs, serviceCidr } from "./addressing.ts";

/** A named secondary range of the GKE subnet. */
export interface SecondaryRange {
  name: string;
  cidr: string;
}

/** How a GKE design maps onto one subnet and its secondary ranges. */
export interface GkeRanges {
  /** The subnet (primary range = the first IPv4 node network), when the design has one. */
  subnet: { name: string; cidr: string } | undefined;
  /** Pod secondary ranges: the first is the cluster default, the rest additional pod ranges. */
  pods: SecondaryRange[];
  /** The Service secondary range; undefined with the GKE-managed range. */
  services: SecondaryRange | undefined;
  dualStack: boolean;
  /** Sentences on what one subnet cannot carry (further node networks). */
  notes: string[];
}

/**
 * The GKE subnet of a design: the first IPv4 node network as the primary range, secondary ranges
 * `pods`, `pods-2`, … for the IPv4 pod ranges and `services` for the Service range unless GKE
 * manages it (reference/managed-clouds.md 2.1, 2.5). Further node networks are named in a note
 * (GKE takes one subnet per cluster; more need `additional_ip_ranges_config`).
 */
export function gkeRanges(design: Design): GkeRanges {
  const cni = design.cni;
  const managed = cni.kind === "gke" && cni.managedServices;
  const [first, ...more] = nodeSubnets(design);
  const service = serviceCidr(design, "ipv4");
  const notes = more.map(
    (n) =>
      `NOT CARRIED: node network "${n.name}" ${canonical(n.cidr)}: a GKE cluster starts in one subnet; add it as an additional subnet (ip_allocation_policy.additional_ip_ranges_config) once the cluster exists.`,
  );
  return {
    subnet: first ? { name: first.name, cidr: canonical(first.cidr) } : undefined,
    pods: podCidrs(design, "ipv4").map((cidr, i) => ({
      name: i === 0 ? "pods" : `pods-${i + 1}`,
      cidr,
    })),
    services: !managed && service ? { name: "services", cidr: service } : undefined,
    dualStack: design.ipFamilies.length === 2,
    notes,
  };
}
