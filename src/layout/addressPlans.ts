import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import type { Design } from "../core/design/schema.ts";
import { bitsOf, type Family } from "../core/ip/family.ts";
import type { Prefix } from "../core/ip/prefix.ts";
import type { AddressRole } from "../core/plans/kinds.ts";
import type { Segment } from "./segments.ts";

/** The role of one address inside a node subnet or the Service range (core's plan roles). */
export type AddressKind = AddressRole;

/**
 * Address roles inside every node subnet of `family`, as core's node-block plan has them
 * (`core/plans/nodeBlockPlan.ts`); undefined where pods take node-network addresses.
 */
export function nodeBlockRoles(design: Design, family: Family): Segment<AddressKind>[] | undefined {
  return analyseDesign(design).plans?.[family]?.block?.roles;
}

/**
 * Address roles inside the Service range `service` of the design, as core's Service plan has
 * them (`core/plans/servicePlan.ts`); undefined when `service` is not the design's range.
 */
export function serviceRoles(design: Design, service: Prefix): Segment<AddressKind>[] | undefined {
  const plan = analyseDesign(design).plans?.[service.family]?.service;
  return plan && plan.prefix.network === service.network && plan.prefix.length === service.length
    ? plan.roles
    : undefined;
}

/** Address bits of the family (the unit length of an address-level plan). */
export function addressLength(p: Prefix): number {
  return bitsOf(p.family);
}
