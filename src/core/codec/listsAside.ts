import type { Family } from "../ip/family.ts";
import { parseAddressRange } from "../ip/range.ts";
import {
  cidrProblem,
  lbPoolSchema,
  MAX_LIST_ENTRIES,
  namedCidrSchema,
  NAME_MAX,
  NAME_PATTERN,
  type Design,
} from "../design/schema.ts";
import { isRecord } from "./untrusted.ts";

/** A design's long lists, taken out of it while the rest is checked (see setAsideLists). */
interface Lists {
  networks: unknown[];
  pools: unknown[];
  externalRanges: unknown[];
  podCidrs: Partial<Record<Family, unknown[]>>;
}

const FAMILIES = ["ipv4", "ipv6"] as const;

/** The schema's name rule (a DNS-1123 label of 1 to 63 characters). */
const isName = (v: unknown): boolean =>
  typeof v === "string" && v.length >= 1 && v.length <= NAME_MAX && NAME_PATTERN.test(v);

/** A value check for each key of a list entry this file knows, as the schema checks it. */
type KeyChecks = Readonly<Record<string, (v: unknown) => boolean>>;

/** The checks of a named CIDR's keys (namedCidrSchema) and of a pool's (lbPoolSchema). */
export const NAMED_CIDR_CHECKS: KeyChecks = {
  name: isName,
  cidr: (v) => typeof v === "string" && cidrProblem(v) === undefined,
};
export const POOL_CHECKS: KeyChecks = {
  name: isName,
  range: (v) => typeof v === "string" && parseAddressRange(v).ok,
};

/**
 * A test for list entries: true for an entry with exactly the own keys of an object schema's
 * `shape` (in any order), each value passing its check in `checks`. The keys are the schema's:
 * a key added there that `checks` does not know makes it false for every entry, so such lists
 * go through the schema (correct, slower; a unit test says so), never past it unchecked.
 */
export function entryOf(shape: object, checks: KeyChecks): (v: unknown) => boolean {
  const keys = Object.keys(shape);
  const each: [string, (v: unknown) => boolean][] = [];
  for (const key of keys) {
    const ok = checks[key];
    if (ok === undefined) return () => false;
    each.push([key, ok]);
  }
  return (v) => {
    if (!isRecord(v) || Object.keys(v).length !== keys.length) return false;
    for (const [key, ok] of each) if (!Object.hasOwn(v, key) || !ok(v[key])) return false;
    return true;
  };
}

const isNamedCidr = entryOf(namedCidrSchema.shape, NAMED_CIDR_CHECKS);
const isPool = entryOf(lbPoolSchema.shape, POOL_CHECKS);

/** `list` when it is an array of at most the schema's entries, each passing `entry`. */
function listOf(list: unknown, entry: (v: unknown) => boolean): unknown[] | undefined {
  if (!Array.isArray(list) || list.length > MAX_LIST_ENTRIES) return undefined;
  for (const v of list) if (!entry(v)) return undefined;
  return list;
}

/**
 * A design's four long lists (each family's pod ranges, node networks, LoadBalancer pools,
 * external ranges) set aside when every entry of each is one designSchema takes exactly as it
 * is: a CIDR text that parses (of the family), an object of exactly the schema's keys (read from
 * its shape) with a valid name and a CIDR or pool range that parses, at most MAX_LIST_ENTRIES
 * of them. The same rules as the schema's, read from it (cidrProblem, NAME_PATTERN, NAME_MAX; a
 * pool range parses, lbPoolSchema's refinement). `rest` is the design with those lists emptied (a family's first
 * pod range kept, for its "at least one" check): the schema checks it, and `put` puts the lists
 * back into the schema's output. Undefined when any entry is not such (an unknown key, a bad
 * name or range, a wrong type): then the schema checks the whole design and says what is wrong,
 * with its path, as before.
 *
 * The schema's per-entry work is most of a large design's restore (1,000 ranges of each kind:
 * ~100 ms of a cold open); these checks are a loop over values the app parses anyway (the
 * parses are remembered by text).
 */
export function setAsideLists(
  design: unknown,
): { rest: Record<string, unknown>; put: (checked: Design) => Design } | undefined {
  if (!isRecord(design)) return undefined;
  const { nodes, loadBalancer } = design;
  if (!isRecord(nodes) || !isRecord(loadBalancer)) return undefined;
  const networks = listOf(nodes["networks"], isNamedCidr);
  const pools = listOf(loadBalancer["pools"], isPool);
  const externalRanges = listOf(design["externalRanges"], isNamedCidr);
  if (!networks || !pools || !externalRanges) return undefined;
  const lists: Lists = { networks, pools, externalRanges, podCidrs: {} };
  const rest: Record<string, unknown> = {
    ...design,
    nodes: { ...nodes, networks: [] },
    loadBalancer: { ...loadBalancer, pools: [] },
    externalRanges: [],
  };
  for (const family of FAMILIES) {
    const plan = design[family];
    if (plan === undefined) continue;
    if (!isRecord(plan)) return undefined;
    const pods = listOf(plan["podCidrs"], (v) => typeof v === "string" && !cidrProblem(v, family));
    if (!pods) return undefined;
    lists.podCidrs[family] = pods;
    rest[family] = { ...plan, podCidrs: pods.slice(0, 1) };
  }
  return { rest, put: (checked) => putBack(checked, lists) };
}

/** The schema's output with the lists set aside back in place (entries as they were). */
function putBack(checked: Design, lists: Lists): Design {
  const out: Design = {
    ...checked,
    nodes: { ...checked.nodes, networks: lists.networks as Design["nodes"]["networks"] },
    loadBalancer: {
      ...checked.loadBalancer,
      pools: lists.pools as Design["loadBalancer"]["pools"],
    },
    externalRanges: lists.externalRanges as Design["externalRanges"],
  };
  for (const family of FAMILIES) {
    const plan = checked[family];
    const pods = lists.podCidrs[family];
    if (plan && pods) out[family] = { ...plan, podCidrs: pods as string[] };
  }
  return out;
}
