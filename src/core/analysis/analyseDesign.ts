import { capacityFromPlans } from "../capacity/computeCapacity.ts";
import type { Capacity } from "../capacity/types.ts";
import { describeCni } from "../cni/describeCni.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design } from "../design/schema.ts";
import { planDesign } from "../plans/planDesign.ts";
import type { DesignPlans } from "../plans/types.ts";
import { buildContext } from "../rules/buildContext.ts";
import { checkRule, checkRules } from "../rules/checkRules.ts";
import type { Finding } from "../rules/finding.ts";
import type { RuleContext } from "../rules/rule.ts";

/** Everything core derives from one design, computed once. */
export interface Analysis {
  /** The parsed design the rules read (families, ranges by role, CNI descriptor, capacity). */
  context: RuleContext;
  /** Allocation plans (what the map draws); undefined only if planning throws (a bug in core). */
  plans: DesignPlans | undefined;
  /** Capacity, the sums over the plans; undefined only if it throws (a bug in core). */
  capacity: Capacity | undefined;
  /** Findings, errors first. */
  findings: Finding[];
}

/** The plans and capacity of a design; both undefined should either throw (a bug in core). */
function planned(
  design: Design,
  cni: IpamDescriptor,
): { plans: DesignPlans | undefined; capacity: Capacity | undefined } {
  let plans: DesignPlans | undefined;
  try {
    plans = planDesign(design, cni);
    return { plans, capacity: capacityFromPlans(design, plans) };
  } catch {
    return { plans, capacity: undefined };
  }
}

/**
 * Everything of an analysis but the findings: describes the CNI once, plans the design, sums the
 * capacity from the plans and builds the one context every rule reads. Should planning or
 * capacity throw (a bug in core), the capacity is undefined and the capacity rules stay silent.
 * Rule tests run one rule over this context (test/core/rules/testDesigns.ts).
 */
export function prepareAnalysis(design: Design): Omit<Analysis, "findings"> {
  const cni = describeCni(design.cni);
  const { plans, capacity } = planned(design, cni);
  return { context: buildContext(design, capacity, cni), plans, capacity };
}

/**
 * Analyses a design without memoising (see `prepareAnalysis`) and runs every rule over its
 * context. Should planning or capacity throw (a bug in core), the other rules still run.
 */
export function analyse(design: Design): Analysis {
  const prepared = prepareAnalysis(design);
  return { ...prepared, findings: checkRules(prepared.context) };
}

/**
 * The findings of the one rule `ruleId` over a design: what `analyse(design).findings` lists of
 * that rule, without running the others (a fix trial asking whether a rule is quiet). The design
 * is planned only if the rule reads the context's capacity (most rules a trial asks about read
 * ranges alone): the capacity is computed on its first read, the same value `prepareAnalysis`
 * gives. Not memoised.
 */
export function analyseRule(design: Design, ruleId: string): Finding[] {
  const cni = describeCni(design.cni);
  return checkRule(
    buildContext(design, () => planned(design, cni).capacity, cni),
    ruleId,
  );
}

const cache = new WeakMap<Design, Analysis>();

/**
 * The analysis of a design (see `analyse`), memoised by the design object's identity: the app
 * (each commit makes a new design object), the CLI and the exporters share one analysis per
 * design. The design must not be mutated after it has been analysed.
 */
export function analyseDesign(design: Design): Analysis {
  const hit = cache.get(design);
  if (hit) return hit;
  const analysis = analyse(design);
  cache.set(design, analysis);
  return analysis;
}
