import { withNote, type Edit } from "./edit.ts";
import { freeCidr, uniqueName } from "./freeSpace.ts";
import { normalisePoolRange } from "./normaliseCidr.ts";
import type { Design, LbPool } from "./schema.ts";
import { fail, ok, type Result } from "../result.ts";

/**
 * Replaces the LoadBalancer pools with entries as given (the CLI's `--lb-pool`: ranges are kept
 * as typed so the rules can report them).
 */
export function setLbPools(d: Design, pools: readonly LbPool[]): Design {
  return { ...d, loadBalancer: { ...d.loadBalancer, pools: pools.map((p) => ({ ...p })) } };
}

/** Private /28s a new pool is offered, in order. */
const FREE_POOL_CANDIDATES = [
  "192.168.100.0/28",
  "192.168.200.0/28",
  "172.31.255.0/28",
  "10.255.255.0/28",
];

/** Appends a LoadBalancer pool on a free /28. */
export function addLbPool(d: Design): Result<Edit> {
  const pools = d.loadBalancer.pools;
  const name = uniqueName(
    "pool",
    pools.map((p) => p.name),
  );
  const range = freeCidr(d, FREE_POOL_CANDIDATES);
  return ok({ design: setLbPools(d, [...pools, { name, range }]) });
}

/** Changes a pool's name and/or range (a CIDR or `start-end`, normalised). */
export function updateLbPool(d: Design, index: number, patch: Partial<LbPool>): Result<Edit> {
  const current = d.loadBalancer.pools[index];
  if (!current) return fail(`no pool #${index + 1}`);
  let note: string | undefined;
  const next = { ...current, ...patch };
  if (patch.range !== undefined) {
    const range = normalisePoolRange(patch.range);
    if (!range.ok) return range;
    next.range = range.value.text;
    note = range.value.note;
  }
  const pools = d.loadBalancer.pools.map((p, i) => (i === index ? next : p));
  return ok(withNote(setLbPools(d, pools), note));
}

/** Removes one LoadBalancer pool. */
export function removeLbPool(d: Design, index: number): Result<Edit> {
  if (!d.loadBalancer.pools[index]) return fail(`no pool #${index + 1}`);
  return ok({
    design: setLbPools(
      d,
      d.loadBalancer.pools.filter((_, i) => i !== index),
    ),
  });
}
