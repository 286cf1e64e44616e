import type { NodeBlockReservations, ReservedRole } from "../capacity/nodeBlock.ts";
import type { PodIps } from "../capacity/podIpsPerNode.ts";
import type { AddressRole } from "./kinds.ts";
import { paintRuns, unitsOf, type Run } from "./runs.ts";

/** One node block of a family: which address does what, and the pod IPs a node gets from it. */
export interface NodeBlockPlan {
  reservations: NodeBlockReservations;
  /** Address roles by index from the block's start, in runs covering the whole block. */
  roles: Run<AddressRole>[];
  /** Addresses with the pod role: what the allocator can hand to pods. */
  podAddresses: bigint;
  /**
   * Pod IPs one node gets (capacity's podIPsPerNode), with the rule in words. Equal to
   * podAddresses except under a per-node ceiling below it (AKS's 250 pods on a /24).
   */
  podIps: PodIps;
}

const FIXED_ROLE: Record<ReservedRole, AddressRole> = {
  network: "addr-network",
  gateway: "addr-gateway",
  broadcast: "addr-broadcast",
  last: "addr-reserved",
};

/**
 * Address roles of a node block from the allocator's reservations: fixed reservations at their
 * indices; the run-time router and health IPs (Cilium) at the first indices no fixed
 * reservation takes (their real positions vary); everything from `usableEnd` on is reserved (the
 * whole block when the allocator refuses it, the part of an IPv6 block beyond Cilium's 65,536
 * slots); the rest are pod addresses.
 */
export function blockRoles(r: NodeBlockReservations): Run<AddressRole>[] {
  const marks: [bigint, bigint, AddressRole][] = [[r.usableEnd, r.blockSize, "addr-reserved"]];
  for (const f of r.fixed) marks.push([f.index, f.index + 1n, FIXED_ROLE[f.role]]);
  if (r.usableEnd > 0n) {
    const taken = new Set(r.fixed.map((f) => f.index));
    let at = 0n;
    for (const f of r.floating) {
      for (let n = 0n; n < f.count && at < r.usableEnd; n++) {
        while (taken.has(at)) at++;
        if (at >= r.usableEnd) break;
        marks.push([at, at + 1n, f.role === "router" ? "addr-router" : "addr-health"]);
        at++;
      }
    }
  }
  return paintRuns(r.blockSize, marks, "addr-pod");
}

/** The plan of a family's node block: its roles and the per-node pod IP figure. */
export function nodeBlockPlan(reservations: NodeBlockReservations, podIps: PodIps): NodeBlockPlan {
  const roles = blockRoles(reservations);
  return { reservations, roles, podAddresses: unitsOf(roles, "addr-pod"), podIps };
}
