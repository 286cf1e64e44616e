import type { Edit } from "./edit.ts";
import { addLbPool, updateLbPool } from "./lbPools.ts";
import { addNamed } from "./namedRanges.ts";
import type { Design } from "./schema.ts";
import type { Result } from "../result.ts";

/** What a free block can be added as. */
export type NewRangeRole = "node-network" | "lb-pool" | "external";

/** A person's name for each role a free block can be added as. */
export const NEW_RANGE_LABEL: Readonly<Record<NewRangeRole, string>> = {
  "node-network": "Node network",
  "lb-pool": "LoadBalancer pool",
  external: "External range",
};

/**
 * Adds `cidr` to the design as a node network (`nodes-N`), a LoadBalancer pool (`pool-N`) or an
 * external range (`reserved-N`), in ONE edit (a pool is added and given its range at once).
 */
export function addRangeAs(design: Design, role: NewRangeRole, cidr: string): Result<Edit> {
  if (role === "node-network") {
    const name = `nodes-${design.nodes.networks.length + 1}`;
    return addNamed(design, "nodeNetworks", { name, cidr });
  }
  if (role === "external") {
    const name = `reserved-${design.externalRanges.length + 1}`;
    return addNamed(design, "externalRanges", { name, cidr });
  }
  const added = addLbPool(design);
  if (!added.ok) return added;
  return updateLbPool(added.value.design, added.value.design.loadBalancer.pools.length - 1, {
    range: cidr,
  });
}
