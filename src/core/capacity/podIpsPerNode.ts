import { platformPodIps } from "../cloud/platformCapacity.ts";
import type { PlatformCapacity } from "../cloud/types.ts";
import { AKS_MAX_PODS, AKS_NODE_MASK } from "../cni/aks.ts";
import { describeCni } from "../cni/describeCni.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Cni, Design } from "../design/schema.ts";
import { familyLabel, type Family } from "../ip/family.ts";
import { assertNever } from "../result.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import {
  blockReservations,
  CILIUM_IPV6_RANGE_CAP,
  podIpsInBlock,
  type NodeBlockReservations,
} from "./nodeBlock.ts";

/**
 * Host-network pods EKS counts on every node besides the pods with ENI addresses (`aws-node`,
 * `kube-proxy`): max pods = ENIs × (IPs per ENI − 1) + 2 (amazon-vpc-cni-k8s `misc/eni-max-pods.txt`
 * header, `scripts/gen_vpc_ip_limits.go`; reference/cni.md 7). They use no pod IP.
 */
export const ENI_HOST_NETWORK_PODS = 2n;

/** Addresses per AWS prefix-delegation prefix: a /28 (`ENIPDBlockSizeIPv4 = 16`). */
export const ENI_PREFIX_SIZE = 16n;

/**
 * AKS's per-node pod ceiling under Azure CNI Overlay (`--max-pods` default and maximum, 250):
 * Azure documents no reserved addresses inside a node's /24, so this ceiling, not a count of free
 * addresses, is what one node's block yields (learn.microsoft.com/azure/aks/azure-cni-overlay).
 */
const AKS_OVERLAY_MAX_PODS = BigInt(AKS_MAX_PODS);

/** Pod IPs one node gets, and how that figure was reached, in words. */
export interface PodIps {
  ips: bigint;
  rule: string;
}

/** What cloud-network modes need besides the design: the node networks' room and the planned nodes. */
export interface CloudContext {
  /** Usable addresses of this family's node networks, summed (cloud reservations applied). */
  nodeNetworkRoom: bigint;
  /** Planned nodes including headroom. */
  nodesNeeded: number;
  /** The managed platform's figures (EKS, GKE, AKS), when the CNI belongs to one. */
  platform?: PlatformCapacity;
}

/**
 * Which addresses of one node block of `family` are not pod IPs under the design's allocator
 * (for the treemap's drill-down); undefined when the family is absent or pods come from the node
 * networks (Cilium eni/azure/crd). See `blockReservations` for the per-allocator rules.
 */
export function nodeBlockReservations(
  design: Design,
  family: Family,
  cni: IpamDescriptor = describeCni(design.cni),
): NodeBlockReservations | undefined {
  const plan = design[family];
  if (!plan) return undefined;
  return blockReservations(cni.podIps, family, plan.nodeMask);
}

function blockRule(r: NodeBlockReservations, nodeMask: number, ips: bigint): string {
  const block = `/${nodeMask} (${formatCounted(r.blockSize, "address", "addresses")})`;
  switch (r.allocator) {
    case "host-local":
      if (r.usableEnd === 0n) {
        return `host-local refuses a ${block}: it needs at least 2 host bits ("Network … too small to allocate from")`;
      }
      return r.family === "ipv4"
        ? `host-local: ${block} minus network, gateway and broadcast = ${formatCount(ips)}`
        : `host-local: ${block} minus network and gateway = ${formatCount(ips)}`;
    case "cilium": {
      if (r.usableEnd === 0n) return `Cilium: a ${block} has no allocatable range, so 0 pod IPs`;
      const capped =
        r.usableEnd < r.blockSize ? `, capped at ${formatCount(CILIUM_IPV6_RANGE_CAP)},` : "";
      return `Cilium: ${block}${capped} minus first and last address, router (cilium_host) and health IPs = ${formatCount(ips)}`;
    }
    case "calico-block":
      return `Calico IPAM: a ${block} block, every address assignable = ${formatCount(ips)}; a node claims another block when one fills`;
    case "azure-overlay":
      return ips === AKS_OVERLAY_MAX_PODS
        ? `Azure CNI Overlay: AKS gives each node a ${block}; pod IPs are capped at ${formatCount(ips)}, AKS's per-node pod ceiling (max pods), not a count of free addresses: Azure documents no reserved addresses in the block`
        : `Azure CNI Overlay: a ${block} holds ${formatCount(ips)} pod IPs, below AKS's per-node pod ceiling of ${formatCount(AKS_OVERLAY_MAX_PODS)} (max pods); AKS itself always gives each node a /${AKS_NODE_MASK[r.family]}`;
    case "cloud-block":
      return `${formatCount(ips)} addresses in each node's /${nodeMask}`;
    case "cloud-network":
      return "";
    default:
      return assertNever(r.allocator);
  }
}

function cloudPodIps(
  cni: Extract<Cni, { kind: "cilium" }>,
  family: Family,
  ctx: CloudContext,
): PodIps {
  if (cni.ipam === "eni") {
    if (family === "ipv6") return { ips: 0n, rule: "Cilium ENI mode assigns IPv4 addresses only" };
    const { enis, ipsPerEni, prefixDelegation } = cni.eni;
    const slots = BigInt(enis) * BigInt(ipsPerEni - 1);
    return prefixDelegation
      ? {
          ips: slots * ENI_PREFIX_SIZE,
          rule: `Cilium ENI with prefix delegation: ${enis} ENIs × (${ipsPerEni} IPs − 1 primary) × 16 per /28 prefix = ${formatCount(slots * ENI_PREFIX_SIZE)}`,
        }
      : {
          ips: slots,
          rule: `Cilium ENI: ${enis} ENIs × (${ipsPerEni} IPs − 1 primary) = ${formatCount(slots)}`,
        };
  }
  // Azure and CRD: pods share the node networks with the nodes; each node's own address comes first.
  const nodes = BigInt(Math.max(1, ctx.nodesNeeded));
  const share = ctx.nodeNetworkRoom / nodes;
  const ips = share > 0n ? share - 1n : 0n;
  return {
    ips,
    rule: `Cilium ${cni.ipam}: pods share the ${familyLabel(family)} node networks' ${formatCount(ctx.nodeNetworkRoom)} usable addresses with ${formatCount(nodes)} planned nodes: ${formatCount(share)} per node minus the node's own address = ${formatCount(ips)}`,
  };
}

/**
 * Pod IPs one node gets in `family` under the design's allocator, with the rule in words:
 * host-local IPv4 size − 3, IPv6 size − 2 (0 below 2 host bits); Cilium size − 4 (IPv6 range
 * capped at 65,536 first); Calico IPAM the whole block 2^(bits − blockSize); Cilium ENI
 * ENIs × (IPs per ENI − 1), × 16 with prefix delegation; Cilium azure/crd derived from the node
 * networks' room shared among the planned nodes; Azure CNI Overlay the block size capped at AKS's
 * per-node ceiling of 250 pods. 0n when the family is absent.
 */
export function podIpsPerNode(
  design: Design,
  family: Family,
  ctx: CloudContext,
  descriptor: IpamDescriptor = describeCni(design.cni),
): PodIps {
  const plan = design[family];
  if (!plan) return { ips: 0n, rule: `no ${familyLabel(family)} plan` };
  const cni = design.cni;
  const onPlatform = platformPodIps(design, family, ctx.platform);
  if (onPlatform) return onPlatform;
  if (descriptor.podIps === "cloud-network" && cni.kind === "cilium") {
    return cloudPodIps(cni, family, ctx);
  }
  const reservations = nodeBlockReservations(design, family, descriptor);
  if (!reservations) return { ips: 0n, rule: `no ${familyLabel(family)} node block` };
  const inBlock = podIpsInBlock(reservations);
  const ips =
    reservations.allocator === "azure-overlay" && inBlock > AKS_OVERLAY_MAX_PODS
      ? AKS_OVERLAY_MAX_PODS
      : inBlock;
  return { ips, rule: blockRule(reservations, plan.nodeMask, ips) };
}
