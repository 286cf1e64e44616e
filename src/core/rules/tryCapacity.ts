import type { Capacity } from "../capacity/types.ts";
import type { Design } from "../design/schema.ts";

/** Capacity for the capacity rules; undefined until the capacity module is wired in. */
export function tryCapacity(_design: Design): Capacity | undefined {
  return undefined;
}
