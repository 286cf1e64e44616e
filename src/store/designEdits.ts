import { chooseCni, type CniChoice } from "../core/design/chooseCni.ts";
import { describeCni } from "../core/cni/describeCni.ts";
import { defaultCni, defaultFamilyPlan } from "../core/design/defaults.ts";
import type { Cni, CniKind, Design, FamilyPlan, LbPool, NamedCidr } from "../core/design/schema.ts";
import { bitsOf, type Family } from "../core/ip/family.ts";
import { formatPrefix, overlaps, prefixAt, prefixOf, prefixSize } from "../core/ip/prefix.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { normaliseCidr, normalisePoolRange } from "./normaliseCidr.ts";

/** A proposed new design and an optional note for the field that caused it. */
export interface Edit {
  design: Design;
  note?: string;
}

/** How the cluster's IP families are chosen in the UI. */
export type FamilyMode = "ipv4" | "ipv6" | "dual";

/** Settings of the current CNI that a user may change, by kind (the kind itself stays). */
export type CniPatch =
  | Partial<Omit<Extract<Cni, { kind: "cilium" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "calico" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "flannel" }>, "kind">>;

const KCM_WHY = "as kube-controller-manager does";

const withNote = (design: Design, note: string | undefined): Edit =>
  note === undefined ? { design } : { design, note };

function planOf(design: Design, family: Family): Result<FamilyPlan> {
  const plan = design[family];
  return plan ? ok(plan) : fail(`the design has no ${family} plan`);
}

function withPlan(design: Design, family: Family, plan: FamilyPlan): Design {
  return { ...design, [family]: plan };
}

/** Sets one pod range, clearing host bits as the controller manager's sloppy parse does. */
export function setPodCidr(d: Design, family: Family, index: number, text: string): Result<Edit> {
  const plan = planOf(d, family);
  if (!plan.ok) return plan;
  if (index < 0 || index >= plan.value.podCidrs.length) return fail(`no pod range #${index + 1}`);
  const cidr = normaliseCidr(text, family, KCM_WHY);
  if (!cidr.ok) return cidr;
  const podCidrs = plan.value.podCidrs.map((c, i) => (i === index ? cidr.value.text : c));
  return ok(withNote(withPlan(d, family, { ...plan.value, podCidrs }), cidr.value.note));
}

/** Every prefix the design already uses, for choosing a free default. */
function usedPrefixes(d: Design) {
  const texts = [
    ...(d.ipv4 ? [...d.ipv4.podCidrs, d.ipv4.serviceCidr] : []),
    ...(d.ipv6 ? [...d.ipv6.podCidrs, d.ipv6.serviceCidr] : []),
    ...d.nodes.networks.map((n) => n.cidr),
    ...d.externalRanges.map((n) => n.cidr),
    ...d.loadBalancer.pools.map((p) => (p.range.includes("-") ? "" : p.range)),
  ];
  return texts.flatMap((t) => prefixOf(t) ?? []);
}

/** Appends a pod range: the block after the last one, same size, if free; refused beyond the mode's limit. */
export function addPodCidr(d: Design, family: Family): Result<Edit> {
  const plan = planOf(d, family);
  if (!plan.ok) return plan;
  const max = describeCni(d.cni).maxPodCidrsPerFamily;
  if (plan.value.podCidrs.length >= Math.max(max, 1)) {
    return fail(
      `${describeCni(d.cni).label} takes at most ${Math.max(max, 1)} pod range(s) per family`,
    );
  }
  const last =
    prefixOf(plan.value.podCidrs.at(-1) ?? "") ??
    prefixOf(defaultFamilyPlan(family).podCidrs[0] ?? "");
  if (!last) return fail("no pod range to follow");
  const used = usedPrefixes(d);
  let candidate = last;
  for (let i = 0; i < 64; i += 1) {
    const next = candidate.network + prefixSize(candidate);
    if (next >= 1n << BigInt(bitsOf(family))) break;
    candidate = prefixAt(family, next, candidate.length);
    if (!used.some((u) => overlaps(u, candidate))) {
      const podCidrs = [...plan.value.podCidrs, formatPrefix(candidate)];
      return ok({ design: withPlan(d, family, { ...plan.value, podCidrs }) });
    }
  }
  return fail("no free block of the same size follows the last pod range");
}

/** Removes a pod range; the last one stays (every active family needs one). */
export function removePodCidr(d: Design, family: Family, index: number): Result<Edit> {
  const plan = planOf(d, family);
  if (!plan.ok) return plan;
  if (plan.value.podCidrs.length <= 1) return fail("a family needs at least one pod range");
  const podCidrs = plan.value.podCidrs.filter((_, i) => i !== index);
  return ok({ design: withPlan(d, family, { ...plan.value, podCidrs }) });
}

/** Sets the per-node prefix length (`--node-cidr-mask-size-ipv4/-ipv6`). */
export function setNodeMask(d: Design, family: Family, mask: number): Result<Edit> {
  const plan = planOf(d, family);
  if (!plan.ok) return plan;
  if (!Number.isInteger(mask) || mask < 0 || mask > bitsOf(family)) {
    return fail(`the node mask must be a whole number from 0 to ${bitsOf(family)}`);
  }
  return ok({ design: withPlan(d, family, { ...plan.value, nodeMask: mask }) });
}

/** Sets a family's Service range (`--service-cluster-ip-range` entry). */
export function setServiceCidr(d: Design, family: Family, text: string): Result<Edit> {
  const plan = planOf(d, family);
  if (!plan.ok) return plan;
  const cidr = normaliseCidr(text, family);
  if (!cidr.ok) return cidr;
  return ok(
    withNote(withPlan(d, family, { ...plan.value, serviceCidr: cidr.value.text }), cidr.value.note),
  );
}

/**
 * Chooses the active families, primary first. A family switched on takes back the plan it had
 * (`parked`) or the kubeadm-like default; dual-stack adds an IPv6 (or IPv4) node network if none exists.
 */
export function setIpFamilies(
  d: Design,
  mode: FamilyMode,
  primary: Family,
  parked: Partial<Record<Family, FamilyPlan>>,
): Result<Edit> {
  const families: Family[] =
    mode === "dual" ? (primary === "ipv4" ? ["ipv4", "ipv6"] : ["ipv6", "ipv4"]) : [mode];
  const next: Design = { ...d, ipFamilies: families };
  for (const family of ["ipv4", "ipv6"] as const) {
    if (families.includes(family))
      next[family] = d[family] ?? parked[family] ?? defaultFamilyPlan(family);
    else delete next[family];
  }
  if (mode === "dual") {
    const networks = [...d.nodes.networks];
    for (const family of families) {
      if (!networks.some((n) => prefixOf(n.cidr)?.family === family)) {
        networks.push(
          family === "ipv6"
            ? { name: "nodes-v6", cidr: "fd00:1::/64" }
            : { name: "nodes-v4", cidr: "10.0.0.0/22" },
        );
      }
    }
    next.nodes = { ...d.nodes, networks };
  }
  return ok({ design: next });
}

/**
 * Switches the CNI kind, starting from that kind's defaults (reference/cni.md), through
 * `chooseCni` (Azure CNI Overlay fixes the IPv4 node mask at /24, with a note).
 */
export function setCni(d: Design, kind: CniKind): Result<Edit> {
  if (d.cni.kind === kind) return ok({ design: d });
  return choiceEdit(chooseCni(d, defaultCni(kind)));
}

/**
 * Changes settings of the current CNI; keys that do not belong to its kind are refused. A new IPAM
 * mode goes through `chooseCni`, which repairs the options that mode refuses (with a note).
 */
export function setCniOption(d: Design, patch: CniPatch): Result<Edit> {
  const allowed = new Set(Object.keys(d.cni));
  const foreign = Object.keys(patch).filter((k) => !allowed.has(k) || k === "kind");
  if (foreign.length > 0) return fail(`${d.cni.kind} has no setting ${foreign.join(", ")}`);
  const cni = { ...d.cni, ...patch } as Cni;
  const newMode = "ipam" in patch && patch.ipam !== (d.cni as { ipam?: string }).ipam;
  return newMode ? choiceEdit(chooseCni(d, cni)) : ok({ design: { ...d, cni } });
}

function choiceEdit({ design, notes }: CniChoice): Result<Edit> {
  return ok(notes.length > 0 ? { design, note: notes.join("; ") } : { design });
}

/** The list fields of the design that hold named entries. */
export type NamedList = "nodeNetworks" | "externalRanges";

function listOf(d: Design, list: NamedList): NamedCidr[] {
  return list === "nodeNetworks" ? d.nodes.networks : d.externalRanges;
}

function withList(d: Design, list: NamedList, items: NamedCidr[]): Design {
  return list === "nodeNetworks"
    ? { ...d, nodes: { ...d.nodes, networks: items } }
    : { ...d, externalRanges: items };
}

/** A name not yet used in `names`: `base`, `base-2`, `base-3`... */
export function uniqueName(base: string, names: readonly string[]): string {
  if (!names.includes(base)) return base;
  for (let i = 2; ; i += 1) if (!names.includes(`${base}-${i}`)) return `${base}-${i}`;
}

const FREE_CANDIDATES = [
  "192.168.0.0/24",
  "192.168.10.0/24",
  "192.168.100.0/24",
  "172.20.0.0/24",
  "10.200.0.0/24",
  "10.250.0.0/24",
];

/** The first candidate range overlapping nothing in the design (or the first candidate). */
function freeCidr(d: Design, candidates: readonly string[] = FREE_CANDIDATES): string {
  const used = usedPrefixes(d);
  const free = candidates.find((c) => {
    const p = prefixOf(c);
    return p !== undefined && !used.some((u) => overlaps(u, p));
  });
  return free ?? candidates[0] ?? "192.168.0.0/24";
}

/** Appends a named range; without `item`, a free /24 with a fresh name. */
export function addNamed(d: Design, list: NamedList, item?: NamedCidr): Result<Edit> {
  const items = listOf(d, list);
  const base = list === "nodeNetworks" ? "nodes" : "external";
  const names = items.map((i) => i.name);
  const entry = item
    ? { name: uniqueName(item.name, names), cidr: item.cidr }
    : { name: uniqueName(base, names), cidr: freeCidr(d) };
  return ok({ design: withList(d, list, [...items, entry]) });
}

/** Changes the name and/or CIDR of a named range; the CIDR is normalised. */
export function updateNamed(
  d: Design,
  list: NamedList,
  index: number,
  patch: Partial<NamedCidr>,
): Result<Edit> {
  const items = listOf(d, list);
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
  return ok(
    withNote(
      withList(
        d,
        list,
        items.map((it, i) => (i === index ? next : it)),
      ),
      note,
    ),
  );
}

/** Removes one named range. */
export function removeNamed(d: Design, list: NamedList, index: number): Result<Edit> {
  const items = listOf(d, list);
  if (!items[index]) return fail(`no entry #${index + 1}`);
  return ok({
    design: withList(
      d,
      list,
      items.filter((_, i) => i !== index),
    ),
  });
}

function withPools(d: Design, pools: LbPool[]): Design {
  return { ...d, loadBalancer: { ...d.loadBalancer, pools } };
}

/** Appends a LoadBalancer pool on a free /28. */
export function addLbPool(d: Design): Result<Edit> {
  const pools = d.loadBalancer.pools;
  const name = uniqueName(
    "pool",
    pools.map((p) => p.name),
  );
  const range = freeCidr(d, [
    "192.168.100.0/28",
    "192.168.200.0/28",
    "172.31.255.0/28",
    "10.255.255.0/28",
  ]);
  return ok({ design: withPools(d, [...pools, { name, range }]) });
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
  return ok(
    withNote(
      withPools(
        d,
        d.loadBalancer.pools.map((p, i) => (i === index ? next : p)),
      ),
      note,
    ),
  );
}

/** Removes one LoadBalancer pool. */
export function removeLbPool(d: Design, index: number): Result<Edit> {
  if (!d.loadBalancer.pools[index]) return fail(`no pool #${index + 1}`);
  return ok({
    design: withPools(
      d,
      d.loadBalancer.pools.filter((_, i) => i !== index),
    ),
  });
}
