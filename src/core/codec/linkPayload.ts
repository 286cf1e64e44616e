import type { Plan } from "../plan/plan.ts";
import { planData } from "./planFile.ts";

/** The link format of one design; the design's own `schemaVersion` travels inside. */
export const LINK_FORMAT = "d1";

/**
 * The link format of a plan of several clusters (ADR 0110): an older app reads `d2` as "made by
 * a newer version".
 */
export const PLAN_LINK_FORMAT = "d2";

/** A link longer than this (whole URL, characters) should be flagged before it is shared. */
export const LINK_WARN_LENGTH = 2000;

/**
 * What a plan's share link carries before it is packed (DEFLATE, base64url: core/codec/link.ts):
 * its format and its JSON text (`planData`: the design alone for one cluster, in schema key order).
 */
export interface LinkPayload {
  format: typeof LINK_FORMAT | typeof PLAN_LINK_FORMAT;
  json: string;
}

/** The payload of `plan`'s share link; needs no compression code (ADR 0045). */
export function linkPayload(plan: Plan): LinkPayload {
  const format = plan.clusters.length === 1 ? LINK_FORMAT : PLAN_LINK_FORMAT;
  return { format, json: JSON.stringify(planData(plan)) };
}

/** The payload as one string: equal for two plans exactly when their links are equal. */
export function payloadKey(payload: LinkPayload): string {
  return `${payload.format}.${payload.json}`;
}

/** True when two plans are the same (their links' payloads are equal; nothing is compressed). */
export function samePlan(a: Plan, b: Plan): boolean {
  return payloadKey(linkPayload(a)) === payloadKey(linkPayload(b));
}
