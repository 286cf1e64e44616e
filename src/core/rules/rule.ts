import type { Capacity } from "../capacity/types.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design, FamilyPlan } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import type { Prefix } from "../ip/prefix.ts";
import type { AddressRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";

/** One pod range of a family, parsed (host bits cleared), with its position in `podCidrs`. */
export interface PodRange {
  index: number;
  text: string;
  prefix: Prefix;
  /** Dotted field path, e.g. "ipv4.podCidrs.0". */
  field: string;
}

/** One family's plan with its ranges parsed once. */
export interface FamilyContext {
  family: Family;
  plan: FamilyPlan;
  /** True for the first entry of `ipFamilies`. */
  primary: boolean;
  pods: PodRange[];
  /** The Service range; undefined only if the text does not parse (the schema normally prevents it). */
  service: Prefix | undefined;
  nodeMask: number;
}

/** Which part of the design an address block plays. */
export type RangeRole = "pods" | "services" | "nodes" | "lb" | "external";

/** Any address block of the design, for the overlap and special-range rules. */
export interface RoleRange {
  role: RangeRole;
  /** A person's name for it, e.g. 'pod range 10.244.0.0/16' or 'LoadBalancer pool "public"'. */
  label: string;
  field: string;
  /** The text as the user wrote it. */
  text: string;
  family: Family;
  range: AddressRange;
  /** The pool or network name, where the role has names. */
  name?: string;
}

/** Everything the rules share, computed once per run. */
export interface RuleContext {
  design: Design;
  cni: IpamDescriptor;
  /** Active families, primary first. */
  families: FamilyContext[];
  byFamily: Partial<Record<Family, FamilyContext>>;
  /** Every address block of the design with its role, in design order. */
  ranges: RoleRange[];
  /** Kubernetes minor version (35 for "1.35"). */
  minor: number;
  /** Capacity, when it could be computed. */
  capacity: Capacity | undefined;
}

/** A validation rule: one concern, one file; `check` returns no findings when the design is fine. */
export interface Rule {
  /** Stable id, also the finding's `rule`, e.g. "kcm-cluster-mask-order". */
  id: string;
  title: string;
  /** The component or document the rule reproduces. */
  source: string;
  check(ctx: RuleContext): Finding[];
}
