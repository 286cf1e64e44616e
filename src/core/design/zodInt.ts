import { z } from "./zod.ts";

/**
 * An integer from `min` to `max`: the checks (and so the issues and messages) of classic zod's
 * `z.number().int().min(min).max(max)`, in the same order, written with zod/mini.
 */
export function int(min: number, max: number) {
  return z.number().check(z.int(), z.minimum(min), z.maximum(max));
}
