import { analyse } from "../analysis/analyseDesign.ts";
import type { Design } from "../design/schema.ts";
import type { Prefix } from "../ip/prefix.ts";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import type { Plan as ClusterPlan } from "../plan/plan.ts";
import { planFindings } from "../plan/planFindings.ts";
import { proposePlan } from "./proposePlan.ts";
import type { FamilySizes, Placed, Requirements, Shortfall } from "./types.ts";

/** A proposal for an existing design: the design with the proposed ranges, and why each is sized so. */
export interface DesignProposal {
  design: Design;
  placed: Placed[];
  sizes: FamilySizes[];
}

/** Why nothing was proposed: each shortfall names its family (and cluster), by how much and what to relax. */
export interface ProposalRefusal {
  ok: false;
  error: string;
  shortfalls: Shortfall[];
}

/** A proposal, or why nothing fits. */
export type DesignProposalResult = { ok: true; proposal: DesignProposal } | ProposalRefusal;

/** A proposal of several clusters: a whole plan (one design per cluster), and why each size. */
export interface ClustersProposal {
  plan: ClusterPlan;
  placed: Placed[];
  sizes: FamilySizes[];
}

/** A proposal of several clusters, or why nothing fits. */
export type ClustersProposalResult = { ok: true; proposal: ClustersProposal } | ProposalRefusal;

/** The design's external ranges, parsed (the schema has already checked them). */
function externalRanges(design: Design): AddressRange[] {
  return design.externalRanges.flatMap((e) => {
    const range = parseAddressRange(e.cidr);
    return range.ok ? [range.value] : [];
  });
}

/**
 * The current design with a proposed cluster's ranges, node mask, node numbers, maxPods and CNI
 * (Cilium cluster.id) in place; name, external ranges, NodePort range, cluster domain and the
 * LoadBalancer provider stay.
 */
function mergeProposed(design: Design, proposed: Design): Design {
  const merged: Design = {
    ...design,
    cni: proposed.cni,
    nodes: proposed.nodes,
    loadBalancer: { ...design.loadBalancer, pools: proposed.loadBalancer.pools },
  };
  for (const family of design.ipFamilies) merged[family] = proposed[family];
  return merged;
}

const refused = (error: string): ProposalRefusal => ({ ok: false, error, shortfalls: [] });

/** The first error the rules find in `design`, as a refusal; undefined when there is none. */
function errorIn(design: Design): ProposalRefusal | undefined {
  const error = analyse(design).findings.find((f) => f.severity === "error");
  return error
    ? refused(`The proposal would have an error with the design's other settings: ${error.message}`)
    : undefined;
}

/** Runs the solver (the CLI's `propose`) with the design's CNI, IPAM mode, families and version. */
function solve(
  design: Design,
  budgets: readonly Prefix[],
  requirements: Requirements,
  avoid: readonly AddressRange[],
  clusters: number,
) {
  return proposePlan({
    budgets: [...budgets],
    avoid: [...externalRanges(design), ...avoid],
    requirements,
    cni: design.cni,
    ipFamilies: [...design.ipFamilies],
    kubernetesVersion: design.kubernetesVersion,
    clusters,
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
  const result = solve(design, budgets, requirements, avoid, 1);
  if (!result.ok) return result;
  const proposed = result.plan.designs[0];
  if (!proposed) return refused("the solver proposed no design");
  const merged = mergeProposed(design, proposed);
  const error = errorIn(merged);
  if (error) return error;
  return {
    ok: true,
    proposal: { design: merged, placed: result.plan.placed, sizes: result.plan.sizes },
  };
}

/**
 * Proposes `clusters` clusters (2 or more) sharing the budgets, as `propose --clusters K` does
 * (`proposePlan`: every block of every cluster distinct, Cilium cluster.id 1..K, names
 * `cluster-1`…): a plan to replace the current one, each cluster being `design` with its
 * cluster's ranges (see proposeForDesign; the plan's routing stays). Refused when a cluster, or
 * the plan's cross-cluster rules, would have an error.
 */
export function proposeClusters(
  design: Design,
  routing: ClusterPlan["routing"],
  budgets: readonly Prefix[],
  requirements: Requirements,
  clusters: number,
): ClustersProposalResult {
  const result = solve(design, budgets, requirements, [], clusters);
  if (!result.ok) return result;
  const designs = result.plan.designs.map((proposed) => ({
    ...mergeProposed(design, proposed),
    name: proposed.name,
  }));
  for (const merged of designs) {
    const error = errorIn(merged);
    if (error) return error;
  }
  const plan: ClusterPlan = { clusters: designs, routing };
  const across = planFindings(plan).find((f) => f.severity === "error");
  if (across) return refused(`The proposal would have an error across clusters: ${across.message}`);
  return { ok: true, proposal: { plan, placed: result.plan.placed, sizes: result.plan.sizes } };
}
