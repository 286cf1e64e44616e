import { analyse } from "../analysis/analyseDesign.ts";
import { nodesNeeded } from "../capacity/nodesNeeded.ts";
import {
  familyModesFor,
  familyModeOf,
  servesFamilies,
  type FamilyMode,
} from "../cni/familyModes.ts";
import { withFixedSettings } from "../cni/fixedSettings.ts";
import { withPlatformDefaults } from "../cloud/platformDefaults.ts";
import type { Finding } from "../rules/finding.ts";
import { sizeNodeMask, sizeNodeNetwork, sizePodRange } from "../solve/sizeFamily.ts";
import type { Requirements } from "../solve/types.ts";
import { familyLabel, type Family } from "../ip/family.ts";
import { prefixOf } from "../ip/prefix.ts";
import { uniqueName } from "./freeSpace.ts";
import { placeRange } from "./placeRange.ts";
import { setFamilies } from "./families.ts";
import type { Design } from "./schema.ts";

/** A design after settling, with a sentence for each change. */
export interface Settled {
  design: Design;
  notes: string[];
}

/** Rounds of repair: each may bring the next (a larger pod range, then a node network moved). */
const ROUNDS = 8;

const key = (f: Finding): string => `${f.rule}|${f.fields.join(",")}`;

/** Node masks first (pod ranges are sized at the mask), then the rest in the rules' order. */
const priority = (f: Finding): number =>
  f.rule === "calico-block-size" ? 0 : f.rule === "capacity-pods-per-node" ? 1 : 2;

/** The requirements the design states: its nodes with headroom, its max pods. */
function requirementsOf(d: Design): Requirements {
  return {
    nodes: d.nodes.count,
    maxNodes: nodesNeeded(d.nodes),
    surge: 0,
    podsPerNode: d.nodes.maxPods,
    services: 0,
    lbAddresses: 0,
  };
}

/**
 * The design the solver's sizing trials start from: its other ranges left out, since the trials
 * put the sized block at fixed private positions that those ranges may overlap.
 */
function trialBase(d: Design): Design {
  return {
    ...d,
    nodes: { ...d.nodes, networks: [] },
    externalRanges: [],
    loadBalancer: { ...d.loadBalancer, pools: [] },
  };
}

/** Families the CNI serves: the design's when served, else the first mode served (with a note). */
function servedFamilies(d: Design, notes: string[]): Design {
  const served = familyModesFor(d.cni);
  const mode = familyModeOf(d.ipFamilies);
  if (servesFamilies(served, mode, d.ipFamilies[0] ?? "ipv4")) return d;
  // Served but for the primary family (AKS: IPv4 first): the same families, IPv4 first.
  const next: FamilyMode = served.modes.includes(mode) ? mode : (served.modes[0] ?? "ipv4");
  const families: Family[] = next === "dual" ? ["ipv4", "ipv6"] : [next];
  notes.push(
    `IP families set to ${families.map(familyLabel).join(" and ")}: ${served.reason ?? ""}`.trim(),
  );
  let switched = setFamilies(d, families).design;
  // A family plan made afresh takes the platform's defaults (EKS, GKE, AKS ranges and max pods).
  if (!d.ipv4 && switched.ipv4) switched = withPlatformDefaults(switched).design;
  return withFixedSettings(switched).design;
}

/** Rules a pod range sized to the nodes at the node mask answers (`sizePodRange` checks them). */
const POD_RANGE_RULES = new Set([
  "capacity-nodes",
  "kcm-ipv6-mask-diff",
  "kubeadm-pod-node-mask",
  "cilium-ipv6-mask-diff",
]);

const NODE_NETWORK = /^nodes\.networks\.(\d+)(\.cidr)?$/;
const POD_RANGE = /^(ipv4|ipv6)\.podCidrs\.(\d+)$/;

/** One repair for one finding the edit brought, or undefined when none applies. */
function repair(d: Design, f: Finding): { design: Design; note: string } | undefined {
  const req = requirementsOf(d);
  const mask = f.fields.map((p) => /^(ipv4|ipv6)\.nodeMask$/.exec(p)).find(Boolean);
  if ((f.rule === "calico-block-size" || f.rule === "capacity-pods-per-node") && mask) {
    const family = mask[1] as Family;
    const sized = sizeNodeMask(trialBase(d), family, req).nodeMask;
    const plan = d[family];
    if (sized === undefined || !plan) return undefined;
    return {
      design: { ...d, [family]: { ...plan, nodeMask: sized } },
      note: `${familyLabel(family)} node mask set to /${sized} (${sizeNodeMask(trialBase(d), family, req).reason})`,
    };
  }
  if (f.rule === "apiserver-advertise-family" || f.rule === "dual-stack-node-networks") {
    const missing = d.ipFamilies.find(
      (family) => !d.nodes.networks.some((n) => prefixOf(n.cidr)?.family === family),
    );
    return missing && addNodeNetwork(d, missing, req);
  }
  const pods = f.fields.map((p) => POD_RANGE.exec(p)).find(Boolean);
  if (POD_RANGE_RULES.has(f.rule) && pods) {
    const family = pods[1] as Family;
    const index = Number(pods[2]);
    const plan = d[family];
    const sized = plan && sizePodRange(trialBase(d), family, plan.nodeMask, req);
    const path = `${family}.podCidrs.${index}`;
    const cidr = sized && placeRange(d, d.cni, family, sized.length, path, plan.podCidrs[index]);
    if (!plan || !cidr) return undefined;
    const podCidrs = plan.podCidrs.map((c, i) => (i === index ? cidr : c));
    return {
      design: { ...d, [family]: { ...plan, podCidrs } },
      note: `${familyLabel(family)} pod range set to ${cidr} (${sized.reason})`,
    };
  }
  const network = f.fields.map((p) => NODE_NETWORK.exec(p)).find(Boolean);
  if (network) return moveNodeNetwork(d, Number(network[1]), f);
  if (f.rule === "capacity-pods-per-node") return growPodNetworks(d, f) ?? lowerMaxPods(d);
  if (f.rule === "aks-network" && f.fields.includes("cni.podNetwork")) return addPodSubnet(d);
  return undefined;
}

const podsFit = (d: Design, maxPods: number): boolean =>
  !analyse({ ...d, nodes: { ...d.nodes, maxPods } }).findings.some(
    (f) => f.rule === "capacity-pods-per-node",
  );

/** Max pods lowered to the most the mode gives a node (the capacity-pods-per-node rule's ceiling). */
function lowerMaxPods(d: Design): { design: Design; note: string } | undefined {
  let lo = 1;
  let hi = d.nodes.maxPods - 1;
  if (hi < lo || !podsFit(d, lo)) return undefined;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (podsFit(d, mid)) lo = mid;
    else hi = mid - 1;
  }
  return {
    design: { ...d, nodes: { ...d.nodes, maxPods: lo } },
    note: `Max pods set to ${lo}: the most pod IPs a node gets in this mode`,
  };
}

/** Where a node network added for a family is first tried (as the dual-stack preset has it). */
const NEW_NODE_NETWORK: Record<Family, string> = { ipv4: "10.0.0.0/22", ipv6: "fd00:1::/64" };

/** IPv6 subnets are /64s (SLAAC; the clouds' IPv6 subnets are /64). */
const IPV6_SUBNET = 64;

/**
 * The node network length for `family` sized to the nodes (the solver's `sizeNodeNetwork`, on
 * the design with that family alone, so the other family's rules do not judge it); an IPv6
 * network is at most a /64.
 */
function nodeNetworkLength(d: Design, family: Family, req: Requirements): number | undefined {
  const solo = setFamilies(trialBase(d), [family]).design;
  const sized = sizeNodeNetwork(solo, family, req)?.length;
  if (family === "ipv6") return Math.min(sized ?? IPV6_SUBNET, IPV6_SUBNET);
  return sized;
}

/** A node network for `family`, sized to the nodes, placed free. */
function addNodeNetwork(
  d: Design,
  family: Family,
  req: Requirements,
): { design: Design; note: string } | undefined {
  const length = nodeNetworkLength(d, family, req);
  const near = NEW_NODE_NETWORK[family];
  const cidr = length === undefined ? undefined : placeRange(d, d.cni, family, length, "", near);
  if (!cidr) return undefined;
  const name = uniqueName(
    family === "ipv4" ? "nodes-v4" : "nodes-v6",
    d.nodes.networks.map((n) => n.name),
  );
  return {
    design: { ...d, nodes: { ...d.nodes, networks: [...d.nodes.networks, { name, cidr }] } },
    note: `Node network ${name} ${cidr} added: each family of the cluster needs a node network (nodes' ${familyLabel(family)} addresses)`,
  };
}

/** True when no error or warning names node network `index`, but those in `known`. */
function clearAt(d: Design, index: number, known: ReadonlySet<string>): boolean {
  const names = (field: string) =>
    field === `nodes.networks.${index}` || field.startsWith(`nodes.networks.${index}.`);
  return !analyse(d).findings.some(
    (f) => f.severity !== "info" && f.fields.some(names) && !known.has(key(f)),
  );
}

/** The design with node network `index` set to `cidr`. */
function withNetwork(d: Design, index: number, cidr: string): Design {
  const networks = d.nodes.networks.map((n, i) => (i === index ? { ...n, cidr } : n));
  return { ...d, nodes: { ...d.nodes, networks } };
}

/**
 * Node network `index` moved where it is free and grown, a bit at a time, until no finding names
 * it (the rules judge each size: node capacity, cloud subnet capacity, overlaps). Undefined when
 * even a /8 (IPv4) or /48 (IPv6) does not clear it.
 */
function moveNodeNetwork(
  d: Design,
  index: number,
  f: Finding,
  known: ReadonlySet<string> = new Set(),
): { design: Design; note: string } | undefined {
  const network = d.nodes.networks[index];
  const prefix = network && prefixOf(network.cidr);
  if (!network || !prefix) return undefined;
  const path = `nodes.networks.${index}.cidr`;
  const shortest = prefix.family === "ipv4" ? 8 : 48;
  for (let length = prefix.length; length >= shortest; length -= 1) {
    const cidr = placeRange(d, d.cni, prefix.family, length, path, network.cidr);
    if (!cidr || cidr === network.cidr) continue;
    const next = withNetwork(d, index, cidr);
    if (!clearAt(next, index, known) && length > shortest) continue;
    return {
      design: next,
      note: `Node network ${network.name} set to ${cidr}: ${f.message.split(". ")[0]}`,
    };
  }
  return undefined;
}

/**
 * Where pods take node-network addresses (no pod range), the first node network of the family
 * grown until a node gets the pod IPs maxPods needs.
 */
function growPodNetworks(d: Design, f: Finding): { design: Design; note: string } | undefined {
  if (f.fields.some((p) => p.endsWith(".nodeMask"))) return undefined;
  const family = (["ipv4", "ipv6"] as const).find((x) => f.message.includes(familyLabel(x)));
  const index = d.nodes.networks.findIndex((n) => prefixOf(n.cidr)?.family === family);
  const network = d.nodes.networks[index];
  const prefix = network && prefixOf(network.cidr);
  if (!network || !prefix) return undefined;
  const shortest = prefix.family === "ipv4" ? 8 : 48;
  const path = `nodes.networks.${index}.cidr`;
  for (let length = prefix.length - 1; length >= shortest; length -= 1) {
    const cidr = placeRange(d, d.cni, prefix.family, length, path, network.cidr);
    if (!cidr) continue;
    const next = withNetwork(d, index, cidr);
    if (analyse(next).findings.some((x) => x.rule === f.rule)) continue;
    return {
      design: next,
      note: `Node network ${network.name} set to ${cidr}: pods take its addresses, ${d.nodes.maxPods} per node`,
    };
  }
  return undefined;
}

/** Azure CNI with a pod subnet: a network named "pods", grown until the pods fit. */
function addPodSubnet(d: Design): { design: Design; note: string } | undefined {
  const at = d.nodes.networks.length;
  const path = `nodes.networks.${at}.cidr`;
  for (let length = 24; length >= 8; length -= 1) {
    const cidr = placeRange(d, d.cni, "ipv4", length, path);
    if (!cidr) continue;
    const next: Design = {
      ...d,
      nodes: { ...d.nodes, networks: [...d.nodes.networks, { name: "pods", cidr }] },
    };
    const stillShort = analyse(next).findings.some(
      (x) =>
        x.severity !== "info" && (x.fields.includes(path) || x.fields.includes("cni.podNetwork")),
    );
    if (stillShort) continue;
    return {
      design: next,
      note: `Pod subnet "pods" ${cidr} added: Azure CNI takes pod IPs from it`,
    };
  }
  return undefined;
}

/**
 * Settles a design after an edit that brought defaults (a family turned on, a CNI or IPAM mode
 * switched): families the CNI does not serve are switched to one it does (`familyModesFor`), and
 * every error or warning the edit brought (absent from `before`) is repaired where a default can
 * be sized instead: Calico's block size, a node network of the primary family, a pod range sized
 * to the planned nodes (the solver's `sizePodRange`), node networks sized to the nodes and moved
 * out of the ranges they overlap. Findings the design had before are the user's and stay; so
 * does anything no default can repair. Each change comes with a sentence.
 */
export function settleEdit(before: Design, after: Design): Settled {
  const notes: string[] = [];
  let design = servedFamilies(after, notes);
  const known = new Set(analyse(before).findings.map(key));
  for (let round = 0; round < ROUNDS; round += 1) {
    const brought = analyse(design)
      .findings.filter((f) => f.severity !== "info" && !known.has(key(f)))
      .sort((a, b) => priority(a) - priority(b));
    let changed = false;
    for (const finding of brought) {
      const fixed = repair(design, finding);
      if (!fixed) continue;
      design = fixed.design;
      notes.push(fixed.note);
      changed = true;
      break;
    }
    if (!changed) break;
  }
  return { design, notes };
}
