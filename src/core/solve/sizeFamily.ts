import { computeCapacity } from "../capacity/computeCapacity.ts";
import { calicoBlockSizeDefault } from "../cni/calico.ts";
import { describeCni } from "../cni/describeCni.ts";
import { chooseCni } from "../design/chooseCni.ts";
import type { Design } from "../design/schema.ts";
import { bitsOf, familyLabel, type Family } from "../ip/family.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import { nodesNeeded } from "../capacity/nodesNeeded.ts";
import { acceptedAt, shortestTrialLength, trialCidr, trialDesign } from "./trial.ts";
import type { FamilySizes, Requirements, Sized } from "./types.ts";

/** Prefix lengths from the longest (`from`) to the shortest the solver sizes to. */
function lengthsDown(family: Family, from: number): number[] {
  const out: number[] = [];
  for (let l = from; l >= shortestTrialLength(family); l -= 1) out.push(l);
  return out;
}

/** The base design with the family's ranges at trial positions and `nodeMask` (pods 8 bits wider). */
function familyTrial(base: Design, family: Family, nodeMask: number, podLength?: number): Design {
  const shortest = shortestTrialLength(family);
  const pods = podLength ?? Math.max(shortest, Math.min(nodeMask, nodeMask - 8));
  return trialDesign(base, family, {
    nodeMask,
    podCidrs: [trialCidr(family, pods, "sized")],
    serviceCidr: trialCidr(family, family === "ipv4" ? 16 : 112, 0),
  });
}

/**
 * The node mask for the required pods per node: the user's, the one the mode fixes (`chooseCni`:
 * AKS's /24), Calico's default block size unless a node's blocks hold too few pods, else the
 * longest mask at which the rules (capacity-pods-per-node and the mode's own mask rules) accept
 * it. Undefined where pods take node-network addresses (no node mask).
 */
export function sizeNodeMask(
  base: Design,
  family: Family,
  req: Requirements,
): { nodeMask: number | undefined; reason: string } {
  const cni = describeCni(base.cni);
  if (!cni.usesPodRange) {
    return { nodeMask: undefined, reason: `${cni.label}: pods take node-network addresses` };
  }
  const given = req.nodeMask?.[family];
  if (given !== undefined) return { nodeMask: given, reason: `/${given}: given` };
  const bits = bitsOf(family);
  const chosen = chooseCni(trialDesign(base, family, { nodeMask: bits }), base.cni);
  const fixed = chosen.design[family]?.nodeMask;
  if (fixed !== undefined && fixed !== bits) {
    return { nodeMask: fixed, reason: `/${fixed}: ${chosen.notes.join("; ")}` };
  }
  const calico = calicoBlockSizeDefault(base.cni, family);
  const candidates = calico === undefined ? lengthsDown(family, bits) : lengthsDown(family, calico);
  const one = { ...base, nodes: { ...base.nodes, count: 1, headroomPercent: 0 } };
  for (const mask of candidates) {
    const trial = familyTrial(one, family, mask);
    const fc = computeCapacity(trial)[family];
    // Capacity first (cheap), then the rules on the survivor.
    if (!fc || fc.podsPerNode < req.podsPerNode) continue;
    if (!acceptedAt(trial, [`${family}.nodeMask`])) continue;
    const why = calico === mask ? `Calico's default block size; ` : "";
    return {
      nodeMask: mask,
      reason: `/${mask}: ${why}${formatCount(req.podsPerNode)} pods per node (${fc?.podIPsRule ?? ""})`,
    };
  }
  return { nodeMask: undefined, reason: `no node mask gives ${formatCount(req.podsPerNode)} pods` };
}

/** Nodes to hold in words: maximum + surge, and the headroom the design states them with. */
function heldNodes(base: Design, req: Requirements): string {
  const { count, headroomPercent } = base.nodes;
  const asked = `maximum ${formatCount(Math.max(req.maxNodes, req.nodes))} + surge ${formatCount(req.surge)}`;
  return headroomPercent === 0
    ? asked
    : `${asked}, as ${formatCount(count)} now + ${headroomPercent} % headroom`;
}

/** The first candidate length the test accepts. */
function firstAccepted(lengths: number[], test: (length: number) => boolean): number | undefined {
  return lengths.find(test);
}

/**
 * The smallest pod range for maximum nodes plus surge at `nodeMask`: the longest prefix whose
 * capacity holds them and that the rules accept (capacity-nodes, Calico's blocks per node, the
 * IPv6 mask-difference limits).
 */
export function sizePodRange(
  base: Design,
  family: Family,
  nodeMask: number,
  req: Requirements,
): Sized | undefined {
  // The design holds nodes as count + whole-percent headroom, which can overshoot maximum + surge.
  const target = nodesNeeded(base.nodes);
  const length = firstAccepted(lengthsDown(family, nodeMask), (p) => {
    const trial = familyTrial(base, family, nodeMask, p);
    const fc = computeCapacity(trial)[family];
    if (!fc || fc.maxNodes < BigInt(target)) return false;
    return acceptedAt(trial, [`${family}.podCidrs.0`, `${family}.nodeMask`]);
  });
  if (length === undefined) return undefined;
  const fc = computeCapacity(familyTrial(base, family, nodeMask, length))[family];
  const holds = fc ? formatCount(fc.maxNodes) : "?";
  return {
    role: "pods",
    family,
    length,
    reason: `/${length}: ${formatCount(target)} nodes (${heldNodes(base, req)}) at /${nodeMask} per node; a /${length} holds ${holds}`,
  };
}

/** The smallest Service range holding the Services that the apiserver and kubeadm accept. */
export function sizeServiceRange(
  base: Design,
  family: Family,
  req: Requirements,
): Sized | undefined {
  const bits = bitsOf(family);
  const services = BigInt(req.services);
  const plan = base[family];
  const mask = plan?.nodeMask ?? bits;
  const trialAt = (length: number): Design =>
    trialDesign(familyTrial(base, family, mask), family, {
      serviceCidr: trialCidr(family, length, "sized"),
      podCidrs: [trialCidr(family, Math.max(shortestTrialLength(family) + 8, 16), 1)],
    });
  const length = firstAccepted(lengthsDown(family, bits), (l) => {
    if (1n << BigInt(bits - l) < services) return false;
    const trial = trialAt(l);
    const ips = computeCapacity(trial)[family]?.serviceIPs ?? 0n;
    return ips >= services && acceptedAt(trial, [`${family}.serviceCidr`]);
  });
  if (length === undefined) return undefined;
  const ips = computeCapacity(trialAt(length))[family]?.serviceIPs ?? 0n;
  return {
    role: "services",
    family,
    length,
    reason: `/${length}: ${formatCount(req.services)} Services; a /${length} gives ${formatCount(ips)} ClusterIPs`,
  };
}

/**
 * The smallest node network of the family holding maximum nodes plus surge (and, where pods take
 * node-network addresses, their pods): the capacity-node-network rule accepts it.
 */
export function sizeNodeNetwork(
  base: Design,
  family: Family,
  req: Requirements,
): Sized | undefined {
  const bits = bitsOf(family);
  const target = BigInt(nodesNeeded(base.nodes));
  const mask = base[family]?.nodeMask ?? bits;
  // The other families keep a node network too: a dual-stack design whose primary family has
  // none is refused for another reason (apiserver-advertise-family).
  const others = base.ipFamilies
    .filter((f) => f !== family)
    .map((f) => ({ name: `other-${f}`, cidr: trialCidr(f, bitsOf(f) - 8, 5) }));
  const trialAt = (length: number): Design => ({
    ...familyTrial(base, family, mask),
    nodes: {
      ...base.nodes,
      networks: [{ name: "nodes", cidr: trialCidr(family, length, 2) }, ...others],
    },
  });
  const length = firstAccepted(lengthsDown(family, bits), (l) => {
    if (1n << BigInt(bits - l) < target) return false;
    return acceptedAt(trialAt(l), ["nodes.networks.0.cidr"]);
  });
  if (length === undefined) return undefined;
  const cap = computeCapacity(trialAt(length));
  return {
    role: "nodes",
    family,
    length,
    reason: `/${length}: ${formatCount(target)} nodes (${heldNodes(base, req)}); ${formatCount(cap.nodeNetworks[0]?.usable ?? 0n)} usable addresses, ${cap.nodeNetworks[0]?.rule ?? ""}`,
  };
}

/** The smallest LoadBalancer pool (a CIDR) that hands out the addresses required. */
export function sizeLbPool(base: Design, family: Family, req: Requirements): Sized | undefined {
  if (req.lbAddresses <= 0) return undefined;
  const bits = bitsOf(family);
  const wanted = BigInt(req.lbAddresses);
  const trialAt = (length: number): Design => ({
    ...base,
    loadBalancer: {
      ...base.loadBalancer,
      pools: [{ name: "default", range: trialCidr(family, length, 3) }],
    },
  });
  const length = firstAccepted(lengthsDown(family, bits), (l) => {
    if (1n << BigInt(bits - l) < wanted) return false;
    const pool = computeCapacity(trialAt(l)).lbPools[0];
    return (pool?.addresses ?? 0n) >= wanted;
  });
  if (length === undefined) return undefined;
  const addresses = computeCapacity(trialAt(length)).lbPools[0]?.addresses ?? 0n;
  return {
    role: "lb",
    family,
    length,
    reason: `/${length}: ${formatCounted(req.lbAddresses, "LoadBalancer address", "LoadBalancer addresses")}; a /${length} hands out ${formatCount(addresses)}`,
  };
}

/**
 * Every size of one family for the requirements: node mask, pod range (where the mode uses one),
 * Service range, node network, and the LoadBalancer pool (primary family only). A range that no
 * size satisfies is left out and named in `missing`.
 */
export function sizeFamily(
  base: Design,
  family: Family,
  req: Requirements,
  primary: boolean,
): FamilySizes & { missing: string[] } {
  const ranges: Sized[] = [];
  const missing: string[] = [];
  const mask = sizeNodeMask(base, family, req);
  const withMask =
    mask.nodeMask === undefined ? base : trialDesign(base, family, { nodeMask: mask.nodeMask });
  const label = familyLabel(family);
  if (describeCni(base.cni).usesPodRange) {
    const pods =
      mask.nodeMask === undefined ? undefined : sizePodRange(withMask, family, mask.nodeMask, req);
    if (pods) ranges.push(pods);
    else missing.push(`${label} pod range (${mask.reason})`);
  }
  const service = sizeServiceRange(withMask, family, req);
  if (service) ranges.push(service);
  else missing.push(`${label} Service range for ${formatCount(req.services)} Services`);
  const nodes = sizeNodeNetwork(withMask, family, req);
  if (nodes) ranges.push(nodes);
  else missing.push(`${label} node network`);
  const lb = primary ? sizeLbPool(withMask, family, req) : undefined;
  if (lb) ranges.push(lb);
  return { family, nodeMask: mask.nodeMask, nodeMaskReason: mask.reason, ranges, missing };
}
