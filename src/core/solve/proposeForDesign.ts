import { analyse } from "../analysis/analyseDesign.ts";
import type { Design } from "../design/schema.ts";
import type { Prefix } from "../ip/prefix.ts";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { proposePlan } from "./proposePlan.ts";
import type { FamilySizes, Placed, Requirements, Shortfall } from "./types.ts";

/** A proposal for an existing design: the design with the proposed ranges, and why each is sized so. */
export interface DesignProposal {
  design: Design;
  placed: Placed[];
  sizes: FamilySizes[];
}

/** A proposal, or why nothing fits (each shortfall names its family, by how much and what to relax). */
export type DesignProposalResult =
  { ok: true; proposal: DesignProposal } | { ok: false; error: string; shortfalls: Shortfall[] };

/** The design's external ranges, parsed (the schema has already checked them). */
function externalRanges(design: Design): AddressRange[] {
  return design.externalRanges.flatMap((e) => {
    const range = parseAddressRange(e.cidr);
    return range.ok ? [range.value] : [];
  });
}

/**
 * Proposes pod, Service, node and LoadBalancer ranges for `design` from budget blocks and
 * requirements: the same solver as the CLI's `propose` (`proposePlan`), with the design's CNI and
 * IPAM mode, families and Kubernetes version, avoiding its external ranges and `avoid` (the other
 * clusters' ranges in a plan of several). The proposed design is
 * the current one with those ranges, the node mask, node numbers and maxPods replaced; name,
 * external ranges, NodePort range, cluster domain and the LoadBalancer provider stay. Refused
 * (with the first error) when the merged design would have an error.
 */
export function proposeForDesign(
  design: Design,
  budgets: readonly Prefix[],
  requirements: Requirements,
  avoid: readonly AddressRange[] = [],
): DesignProposalResult {
  const result = proposePlan({
    budgets: [...budgets],
    avoid: [...externalRanges(design), ...avoid],
    requirements,
    cni: design.cni,
    ipFamilies: [...design.ipFamilies],
    kubernetesVersion: design.kubernetesVersion,
  });
  if (!result.ok) return result;
  const proposed = result.plan.designs[0];
  if (!proposed) return { ok: false, error: "the solver proposed no design", shortfalls: [] };
  const merged: Design = {
    ...design,
    cni: proposed.cni,
    nodes: proposed.nodes,
    loadBalancer: { ...design.loadBalancer, pools: proposed.loadBalancer.pools },
  };
  for (const family of design.ipFamilies) merged[family] = proposed[family];
  const error = analyse(merged).findings.find((f) => f.severity === "error");
  if (error) {
    return {
      ok: false,
      error: `The proposal would have an error with the design's other settings: ${error.message}`,
      shortfalls: [],
    };
  }
  return {
    ok: true,
    proposal: { design: merged, placed: result.plan.placed, sizes: result.plan.sizes },
  };
}
