import { deflateSync } from "fflate";
import type { Plan } from "../plan/plan.ts";
import { fail, type Result } from "../result.ts";
import { toBase64Url } from "./base64url.ts";
import { encodeLink, LINK_FORMAT, unpackLink } from "./link.ts";
import { LINK_DICTIONARY_D1 } from "./linkDictionary.ts";
import { planData } from "./planFile.ts";
import { quote } from "./quote.ts";
import { isPlanData, restorePlan, type RestoredPlan } from "./restorePlan.ts";

/**
 * The link format of a plan of several clusters (ADR 0110): `d2.` + base64url(raw DEFLATE level 9,
 * with the same frozen d1 dictionary, of the plan's JSON: `{ planVersion, routing, clusters }`,
 * each design in schema key order). Older apps read `d2` as "made by a newer version".
 */
export const PLAN_LINK_FORMAT = "d2";

/**
 * Encodes a plan as a URL fragment (without `#`). A plan of one cluster is exactly
 * {@link encodeLink} of its design (`d1.`), so every single-design link stays as it was.
 */
export function encodePlanLink(plan: Plan): string {
  if (plan.clusters.length === 1) return encodeLink(plan.clusters[0]!);
  const json = new TextEncoder().encode(JSON.stringify(planData(plan)));
  const packed = deflateSync(json, { level: 9, dictionary: LINK_DICTIONARY_D1 });
  return `${PLAN_LINK_FORMAT}.${toBase64Url(packed)}`;
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
