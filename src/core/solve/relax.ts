import { computeCapacity } from "../capacity/computeCapacity.ts";
import type { Design } from "../design/schema.ts";
import { bitsOf } from "../ip/family.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import { trialCidr, trialDesign } from "./trial.ts";
import type { FamilySizes, PlanInput, Sized } from "./types.ts";

/** Nodes a /`podLength` pod range holds at /`nodeMask` per node, and the pods each gets (capacity). */
function podRangeHolds(
  base: Design,
  sized: Sized,
  podLength: number,
  nodeMask: number,
): { nodes: bigint; pods: number } {
  const trial = trialDesign(base, sized.family, {
    nodeMask,
    podCidrs: [trialCidr(sized.family, podLength, "sized")],
    serviceCidr: trialCidr(sized.family, sized.family === "ipv4" ? 16 : 112, 0),
  });
  const fc = computeCapacity(trial)[sized.family];
  return { nodes: fc?.maxNodes ?? 0n, pods: fc?.podsPerNode ?? 0 };
}

/**
 * What to relax when a block finds no room: the requirement the largest free block would still
 * meet (nodes a smaller pod range holds, also with a longer node mask; Services, node addresses
 * or LoadBalancer addresses a smaller block gives), or a larger budget. Figures from capacity.
 */
export function relaxFor(
  sized: Sized,
  largest: number | undefined,
  base: Design,
  sizes: FamilySizes[],
  input: PlanInput,
): string {
  const budget = `add a budget block of a /${sized.length} or larger`;
  if (largest === undefined || largest < bitsOf(sized.family) - 62) return `Relax: ${budget}.`;
  const family = sized.family;
  if (sized.role === "pods") {
    const mask = sizes.find((s) => s.family === family)?.nodeMask;
    if (mask === undefined || largest > mask) return `Relax: ${budget}.`;
    const now = podRangeHolds(base, sized, largest, mask);
    const longer =
      mask + 1 <= bitsOf(family) ? podRangeHolds(base, sized, largest, mask + 1) : undefined;
    const alt =
      longer && longer.pods > 0
        ? `, or /${mask + 1} per node (${formatCount(longer.nodes)} nodes of up to ${formatCount(longer.pods)} pods)`
        : "";
    return `Relax: a /${largest} holds ${formatCount(now.nodes)} nodes at /${mask} per node, so lower maximum nodes + surge to ${formatCount(now.nodes)}${alt}; or ${budget}.`;
  }
  const size = 1n << BigInt(bitsOf(family) - largest);
  const what =
    sized.role === "services"
      ? `fewer Services (a /${largest} has ${formatCounted(size, "address", "addresses")}; asked: ${formatCount(input.requirements.services)})`
      : sized.role === "lb"
        ? `fewer LoadBalancer addresses (a /${largest} has ${formatCount(size)}; asked: ${formatCount(input.requirements.lbAddresses)})`
        : `fewer nodes (a /${largest} has ${formatCounted(size, "address", "addresses")})`;
  return `Relax: ${what}; or ${budget}.`;
}
