import type { Plan } from "../plan/plan.ts";
import { fail, type Result } from "../result.ts";
import { packLink, unpackLink } from "./link.ts";
import { LINK_FORMAT, linkPayload, PLAN_LINK_FORMAT } from "./linkPayload.ts";
import { quote } from "./quote.ts";
import { isPlanData, restorePlan, type RestoredPlan } from "./restorePlan.ts";

/**
 * Encodes a plan as a URL fragment (without `#`). A plan of one cluster is exactly
 * {@link encodeLink} of its design (`d1.`), so every single-design link stays as it was; several
 * make a `d2.` link (ADR 0110): the same packing of the plan's JSON `{ planVersion, routing,
 * clusters }`, each design in schema key order.
 */
export function encodePlanLink(plan: Plan): string {
  return packLink(linkPayload(plan));
}

const broken = (why: string): Result<never> => fail(`This link cannot be opened: ${why}`);

/**
 * Decodes a `d1` (one design) or `d2` (a plan) fragment with {@link unpackLink}'s bounds and
 * messages, through {@link restorePlan}. Each format holds its own shape: a `d1` link is one
 * design, a `d2` link a plan envelope. Nothing throws.
 */
export function decodePlanLink(fragment: string): Result<RestoredPlan> {
  const unpacked = unpackLink(fragment, [LINK_FORMAT, PLAN_LINK_FORMAT]);
  if (!unpacked.ok) return unpacked;
  const { format, data } = unpacked.value;
  const plan = isPlanData(data);
  if (plan !== (format === PLAN_LINK_FORMAT)) {
    return broken(`its data does not match its format ${quote(format)}`);
  }
  const restored = restorePlan(data);
  if (!restored.ok)
    return broken(`its ${plan ? "plan" : "design"} is not valid: ${restored.error}`);
  return restored;
}
