import { freeCidr, uniqueName } from "./freeSpace.ts";
import { withNote, type Edit } from "./edit.ts";
import { normaliseCidr } from "./normaliseCidr.ts";
import type { Design, NamedCidr } from "./schema.ts";
import { fail, ok, type Result } from "../result.ts";

/** The list fields of the design that hold named CIDRs. */
export type NamedList = "nodeNetworks" | "externalRanges";

/** The entries of a named list. */
export function namedList(d: Design, list: NamedList): NamedCidr[] {
  return list === "nodeNetworks" ? d.nodes.networks : d.externalRanges;
}

/**
 * Replaces a named list with entries as given (the CLI's `--node-cidr` and `--external`: texts
 * are kept as typed so the rules can report them).
 */
export function setNamedList(d: Design, list: NamedList, items: readonly NamedCidr[]): Design {
  const copy = items.map((i) => ({ ...i }));
  return list === "nodeNetworks"
    ? { ...d, nodes: { ...d.nodes, networks: copy } }
    : { ...d, externalRanges: copy };
}

/** The default name of a new entry of each list (`nodes`, `nodes-2`... via uniqueName). */
export const NAMED_LIST_BASE: Record<NamedList, string> = {
  nodeNetworks: "nodes",
  externalRanges: "external",
};

/**
 * Names CIDRs in order with the list's base name made unique (`nodes`, `nodes-2`, `nodes-3`...),
 * as entries for setNamedList.
 */
export function nameInOrder(list: NamedList, cidrs: readonly string[]): NamedCidr[] {
  const out: NamedCidr[] = [];
  for (const cidr of cidrs) {
    out.push({
      name: uniqueName(
        NAMED_LIST_BASE[list],
        out.map((i) => i.name),
      ),
      cidr,
    });
  }
  return out;
}

/** Appends a named range; without `item`, a free /24 with a fresh name. */
export function addNamed(d: Design, list: NamedList, item?: NamedCidr): Result<Edit> {
  const items = namedList(d, list);
  const names = items.map((i) => i.name);
  const entry = item
    ? { name: uniqueName(item.name, names), cidr: item.cidr }
    : { name: uniqueName(NAMED_LIST_BASE[list], names), cidr: freeCidr(d) };
  return ok({ design: setNamedList(d, list, [...items, entry]) });
}

/** Changes the name and/or CIDR of a named range; the CIDR is normalised. */
export function updateNamed(
  d: Design,
  list: NamedList,
  index: number,
  patch: Partial<NamedCidr>,
): Result<Edit> {
  const items = namedList(d, list);
  const current = items[index];
  if (!current) return fail(`no entry #${index + 1}`);
  let note: string | undefined;
  const next = { ...current, ...patch };
  if (patch.cidr !== undefined) {
    const cidr = normaliseCidr(patch.cidr);
    if (!cidr.ok) return cidr;
    next.cidr = cidr.value.text;
    note = cidr.value.note;
  }
  const updated = items.map((it, i) => (i === index ? next : it));
  return ok(withNote(setNamedList(d, list, updated), note));
}

/** Removes one named range. */
export function removeNamed(d: Design, list: NamedList, index: number): Result<Edit> {
  const items = namedList(d, list);
  if (!items[index]) return fail(`no entry #${index + 1}`);
  return ok({
    design: setNamedList(
      d,
      list,
      items.filter((_, i) => i !== index),
    ),
  });
}
