import { calicoIpamSettings, takesTunnelAddress } from "../cni/calico.ts";
import type { Design } from "../design/schema.ts";
import { bitsOf, type Family } from "../ip/family.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import { nodeSubnetCounts } from "./nodeSubnets.ts";

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);

/** One family's Calico IPAM block plan: how the pools' blocks go to nodes at full pod density. */
export interface CalicoBlockPlan {
  /** Addresses in one block: 2^(bits − blockSize); on Linux every one is assignable. */
  blockAddresses: bigint;
  /** Blocks in the family's pools, summed over its pod ranges. */
  blocks: bigint;
  /** Addresses each node takes besides its pods: 1 for the IPIP/VXLAN tunnel address, else 0. */
  tunnelAddresses: bigint;
  /** IPAMConfiguration maxBlocksPerHost (0 = no limit) and strictAffinity in force. */
  maxBlocksPerHost: number;
  strictAffinity: boolean;
  /** Pod IPs a node's own (affine) blocks hold: min(maxBlocksPerHost, blocks) × block addresses − tunnel. */
  affinePodIps: bigint;
  /** Pods per node: maxPods, unless strict affinity and the block cap (or the pool) hold fewer. */
  podsPerNode: number;
  /** Blocks one node fills at that density: ceil((pods + tunnel) / block addresses). */
  blocksPerNode: bigint;
  /** Nodes the pools carry at that density: floor(blocks / blocksPerNode). */
  maxNodes: bigint;
  /** The figures above in words, for a person. */
  rule: string;
}

/**
 * The Calico IPAM capacity of one family. Calico hands a node another affine block whenever its
 * blocks fill, up to IPAMConfiguration `maxBlocksPerHost` (default 20); without `strictAffinity`
 * (default false) a node past the cap borrows free addresses from other nodes' blocks. So pods per
 * node are kubelet maxPods (fewer only when strict affinity and the cap bound them), and what the
 * pool bounds is the number of blocks, hence the nodes at that density:
 * floor(blocks / ceil((maxPods + tunnel) / block addresses)). Each node also takes one tunnel
 * address when the family's pools use IPIP or VXLAN. Sources: docs.tigera.io ipamconfig and
 * ippool references; reference/cni.md 3.1 and 9. `blocks` is the family's block count, summed
 * over its pod-range plans (planned here when not given). Undefined when the design is not
 * Calico IPAM or lacks the family.
 */
export function calicoBlockPlan(
  design: Design,
  family: Family,
  blocks?: bigint,
): CalicoBlockPlan | undefined {
  const cni = design.cni;
  const plan = design[family];
  if (cni.kind !== "calico" || cni.ipam !== "calico-ipam" || !plan) return undefined;
  const { maxBlocksPerHost, strictAffinity } = calicoIpamSettings(cni);
  const blockSize = plan.nodeMask;
  const blockAddresses = 1n << BigInt(bitsOf(family) - blockSize);
  blocks ??= nodeSubnetCounts(design, family).nodeSubnets;
  const tunnelAddresses = takesTunnelAddress(cni, family) ? 1n : 0n;
  const affineBlocks = maxBlocksPerHost === 0 ? blocks : min(BigInt(maxBlocksPerHost), blocks);
  const affine = affineBlocks * blockAddresses;
  const affinePodIps = affine > tunnelAddresses ? affine - tunnelAddresses : 0n;
  const pool = blocks * blockAddresses;
  const reachable = strictAffinity
    ? affinePodIps
    : pool > tunnelAddresses
      ? pool - tunnelAddresses
      : 0n;
  const maxPods = BigInt(design.nodes.maxPods);
  const pods = min(maxPods, reachable);
  const blocksPerNode = pods > 0n ? ceilDiv(pods + tunnelAddresses, blockAddresses) : 1n;
  const maxNodes = pods > 0n ? blocks / blocksPerNode : 0n;
  return {
    blockAddresses,
    blocks,
    tunnelAddresses,
    maxBlocksPerHost,
    strictAffinity,
    affinePodIps,
    podsPerNode: Number(pods),
    blocksPerNode,
    maxNodes,
    rule: describePlan(blockSize, blockAddresses, tunnelAddresses, pods, blocksPerNode, {
      maxBlocksPerHost,
      strictAffinity,
      affinePodIps,
    }),
  };
}

function describePlan(
  blockSize: number,
  blockAddresses: bigint,
  tunnel: bigint,
  pods: bigint,
  blocksPerNode: bigint,
  s: { maxBlocksPerHost: number; strictAffinity: boolean; affinePodIps: bigint },
): string {
  const cap =
    s.maxBlocksPerHost === 0
      ? "no maxBlocksPerHost limit"
      : `up to ${formatCounted(s.maxBlocksPerHost, "block")} per node (maxBlocksPerHost)`;
  const need = `${formatCount(pods)} pods${tunnel > 0n ? " + 1 tunnel address" : ""} fill ${formatCounted(blocksPerNode, "block")}`;
  const beyond = s.strictAffinity
    ? "strictAffinity: a node never borrows, so its own blocks bound its pods"
    : "without strictAffinity a node whose blocks are full borrows from other nodes' blocks";
  return `Calico IPAM: /${blockSize} blocks of ${formatCounted(blockAddresses, "address", "addresses")}, every one assignable; a node claims ${cap}, ${formatCount(s.affinePodIps)} pod IPs of its own; ${need}; ${beyond}`;
}
