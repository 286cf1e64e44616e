import { computeCapacity } from "../capacity/computeCapacity.ts";
import type { Capacity } from "../capacity/types.ts";
import type { Design } from "../design/schema.ts";

/**
 * Capacity for the capacity rules. A design that passed the schema always computes; should a
 * bug in capacity throw, the other rules still run and the capacity rules stay silent.
 */
export function tryCapacity(design: Design): Capacity | undefined {
  try {
    return computeCapacity(design);
  } catch {
    return undefined;
  }
}
