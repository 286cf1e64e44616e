import type { Cni, Design } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import type { Prefix } from "../ip/prefix.ts";
import type { AddressRange } from "../ip/range.ts";

/** What a cluster must hold: the solver sizes every range from these. */
export interface Requirements {
  /** Nodes now (the design's `nodes.count`). */
  nodes: number;
  /** The most nodes the cluster grows to (at least `nodes`). */
  maxNodes: number;
  /** Extra nodes that exist at once during a rolling upgrade (max surge). */
  surge: number;
  /** Pods per node (kubelet `maxPods`). */
  podsPerNode: number;
  /** Services (ClusterIPs) the Service range must hold. */
  services: number;
  /** LoadBalancer addresses (0: no pool). */
  lbAddresses: number;
  /** A node mask the user has fixed, per family (else the solver picks the smallest that fits). */
  nodeMask?: Partial<Record<Family, number>>;
}

/** The role a sized range plays in the design. */
export type SolveRole = "pods" | "services" | "nodes" | "lb";

/** One range's size (prefix length) and the requirement that fixed it, in words. */
export interface Sized {
  role: SolveRole;
  family: Family;
  /** Prefix length of the block (for `pods` the pod range, not the node mask). */
  length: number;
  /** Which requirement fixed the size, with the capacity figure that meets it. */
  reason: string;
}

/** A family's sizes: node mask (undefined where the mode has none) and every range. */
export interface FamilySizes {
  family: Family;
  nodeMask: number | undefined;
  nodeMaskReason: string;
  ranges: Sized[];
}

/** A sized range placed in a budget. */
export interface Placed extends Sized {
  /** Which cluster it belongs to (0-based). */
  cluster: number;
  prefix: Prefix;
  /** The block as CIDR text. */
  cidr: string;
}

/** Why a range found no room, by how much, and what to relax. */
export interface Shortfall {
  role: SolveRole;
  family: Family;
  cluster: number;
  /** The block needed. */
  length: number;
  /** The largest free block left in the budgets (undefined when none is free at all). */
  largestFree: number | undefined;
  /** What does not fit and by how much, then what to relax, in sentences. */
  message: string;
}

/** Everything a plan is solved from. */
export interface PlanInput {
  /** Budget blocks; each family's ranges are taken from its own budgets, in the order given. */
  budgets: Prefix[];
  /** Ranges no proposed block may touch (other clusters, VPC peers, on-prem networks...). */
  avoid: AddressRange[];
  requirements: Requirements;
  cni: Cni;
  /** Families in order, primary first; default: the families of the budgets, IPv4 first. */
  ipFamilies?: Family[];
  /** Kubernetes minor version, "1.NN" (default: the default design's). */
  kubernetesVersion?: string;
  /**
   * Clusters with distinct ranges (ClusterMesh needs distinct pod ranges); default 1, at most
   * {@link MAX_PROPOSED_CLUSTERS}.
   */
  clusters?: number;
  /** Leave the special-purpose ranges (core/ip/special.ts) out of what is avoided; default false. */
  allowSpecial?: boolean;
}

/** A solved plan: one design per cluster and every placed block. */
export interface Plan {
  designs: Design[];
  placed: Placed[];
  sizes: FamilySizes[];
}

/** Most clusters one proposal places (the CLI's `--clusters` and the Plan panel's "Clusters"). */
export const MAX_PROPOSED_CLUSTERS = 16;
