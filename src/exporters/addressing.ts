import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import { platformOf } from "../core/cloud/platformCapacity.ts";
import { canonicalCidr } from "../core/design/normaliseCidr.ts";
import type { Design, FamilyPlan } from "../core/design/schema.ts";
import { formatAddress } from "../core/ip/address.ts";
import type { Family } from "../core/ip/family.ts";
import {
  addressAt,
  commonSupernet,
  formatPrefix,
  nthSubnet,
  prefixOf,
  prefixSize,
  type Prefix,
} from "../core/ip/prefix.ts";

/** The design's active families, primary first (the order every dual-stack list follows). */
export function familiesOf(design: Design): Family[] {
  return [...design.ipFamilies];
}

/** True when both families are active. */
export function isDualStack(design: Design): boolean {
  return design.ipFamilies.length === 2;
}

/** The plan of an active family, or undefined when the family is off. */
export function planOf(design: Design, family: Family): FamilyPlan | undefined {
  return design.ipFamilies.includes(family) ? design[family] : undefined;
}

/** The family's pod ranges as prefixes, host bits cleared; empty when the family is off. */
export function podPrefixes(design: Design, family: Family): Prefix[] {
  return (planOf(design, family)?.podCidrs ?? [])
    .map(prefixOf)
    .filter((p): p is Prefix => p !== undefined);
}

/** The family's pod ranges as canonical CIDR text. */
export function podCidrs(design: Design, family: Family): string[] {
  return podPrefixes(design, family).map(formatPrefix);
}

/** The family's first pod range: the one kube-controller-manager's `--cluster-cidr` takes. */
export function firstPodCidr(design: Design, family: Family): string | undefined {
  return podCidrs(design, family)[0];
}

/**
 * Header lines naming the pod ranges a one-range-per-family setting (`setting`, e.g. kubeadm's
 * podSubnet) cannot carry: every range after the first, per family. Never dropped silently.
 */
export function droppedPodRangeNotes(design: Design, setting: string): string[] {
  return design.ipFamilies.flatMap((family) => {
    const rest = podCidrs(design, family).slice(1);
    if (rest.length === 0) return [];
    return [
      `NOT CARRIED: ${setting} takes one ${family} pod range, so ${rest.join(", ")} ${rest.length === 1 ? "is" : "are"} left out of this file (kube-controller-manager allocates from the first only).`,
    ];
  });
}

/** The family's Service range as canonical CIDR text. */
export function serviceCidr(design: Design, family: Family): string | undefined {
  const plan = planOf(design, family);
  if (!plan) return undefined;
  const canonical = canonicalCidr(plan.serviceCidr);
  return canonical.ok ? canonical.value.text : plan.serviceCidr;
}

/** The family's node mask (per-node prefix length). */
export function nodeMask(design: Design, family: Family): number | undefined {
  return planOf(design, family)?.nodeMask;
}

/** One CIDR covering every pod range of the family, and whether it had to widen to a supernet. */
export interface CoveringCidr {
  cidr: string;
  /** True when the family has several pod ranges and `cidr` is their smallest common supernet. */
  supernet: boolean;
}

/** The single pod range of a family, or the smallest common supernet of several (see commonSupernet). */
export function coveringPodCidr(design: Design, family: Family): CoveringCidr | undefined {
  return covering(podPrefixes(design, family));
}

/** The single node network of a family, or the smallest common supernet of several. */
export function coveringNodeCidr(design: Design, family: Family): CoveringCidr | undefined {
  return covering(nodePrefixes(design, family));
}

function covering(prefixes: Prefix[]): CoveringCidr | undefined {
  const supernet = commonSupernet(prefixes);
  return supernet ? { cidr: formatPrefix(supernet), supernet: prefixes.length > 1 } : undefined;
}

/** The node networks of a family, host bits cleared. */
export function nodePrefixes(design: Design, family: Family): Prefix[] {
  return design.nodes.networks
    .map((n) => prefixOf(n.cidr))
    .filter((p): p is Prefix => p !== undefined && p.family === family);
}

/**
 * The cluster DNS address of an active family, as core's Service plan has it (index 10, kubeadm's
 * `GetDNSIP`, k3s's default); undefined when the range is too small or the family is off.
 */
export function dnsAddress(design: Design, family: Family): string | undefined {
  if (!planOf(design, family)) return undefined;
  return analyseDesign(design).plans?.[family]?.service?.clusterDNSIP;
}

/**
 * An example node address of a family: the second address after the network address of the first
 * node network of that family (the first is often the gateway); /31, /32, /127 and /128 networks
 * give their last address. Undefined when the design has no node network of the family.
 */
export function exampleNodeIp(design: Design, family: Family): string | undefined {
  const prefix = nodePrefixes(design, family)[0];
  if (!prefix) return undefined;
  const index = prefixSize(prefix) > 2n ? 2n : prefixSize(prefix) - 1n;
  return formatAddress(addressAt(prefix, index));
}

/** The first node range (`nodeMask`-sized block) of the family's first pod range. */
export function firstNodeRange(design: Design, family: Family): string | undefined {
  const pod = podPrefixes(design, family)[0];
  const mask = nodeMask(design, family);
  if (!pod || mask === undefined || mask < pod.length) return undefined;
  return formatPrefix(nthSubnet(pod, mask, 0n));
}

/** Values of every active family, primary first, with missing ones dropped. */
export function perFamily<T>(design: Design, pick: (family: Family) => T | undefined): T[] {
  return familiesOf(design)
    .map(pick)
    .filter((v): v is T => v !== undefined);
}

/** True when the CNI mode needs kube-controller-manager to allocate node ranges. */
export function controllerManagerAllocates(design: Design): boolean {
  return analyseDesign(design).context.cni.needsControllerManagerAllocation;
}

/**
 * True when the user runs the Kubernetes components themselves (kubeadm, flags, distributions);
 * false for managed clusters (EKS, GKE and AKS CNIs, which take the platform's own exports).
 */
export function selfManaged(design: Design): boolean {
  return platformOf(design.cni) === undefined;
}

/** True when pod addresses come from the design's pod ranges (not from VPC/VNet node networks). */
export function usesPodRange(design: Design): boolean {
  return analyseDesign(design).context.cni.usesPodRange;
}

/** The design's NodePort range with spaces removed. */
export function nodePortRange(design: Design): string {
  return design.nodePortRange.replace(/\s+/g, "");
}
