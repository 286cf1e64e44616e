import { nodesNeeded } from "../../core/capacity/nodesNeeded.ts";
import type { Capacity } from "../../core/capacity/types.ts";
import type { Design } from "../../core/design/schema.ts";
import { familyLabel, type Family } from "../../core/ip/family.ts";
import { formatPrefix, overlaps, parsePrefix, type Prefix } from "../../core/ip/prefix.ts";
import type { ProposalRefusal } from "../../core/solve/proposeForDesign.ts";
import { MAX_PROPOSED_CLUSTERS, type Requirements } from "../../core/solve/types.ts";
import { parseInteger } from "../controls/parseInteger.ts";

/** The Plan panel's number fields, in the order shown. */
export const PLAN_NUMBERS = [
  "nodes",
  "maxNodes",
  "surge",
  "podsPerNode",
  "services",
  "lb",
  "clusters",
] as const;
/** One of the Plan panel's number fields. */
export type PlanNumber = (typeof PLAN_NUMBERS)[number];
/** A field of the Plan panel: a family's budget or a number. */
export type PlanField = `budget-${Family}` | PlanNumber;

/** The text of every field, as typed. */
export type PlanFormText = Record<PlanField, string>;

/** Per number field: label, bounds and help. */
export const PLAN_NUMBER_FIELDS: Readonly<
  Record<PlanNumber, { label: string; min: number; max: number; hint: string }>
> = {
  nodes: { label: "Nodes now", min: 1, max: 1_000_000, hint: "The cluster's nodes today." },
  maxNodes: {
    label: "Maximum nodes",
    min: 1,
    max: 1_000_000,
    hint: "The most nodes it grows to (autoscaler maximum).",
  },
  surge: {
    label: "Upgrade surge",
    min: 0,
    max: 100_000,
    hint: "Extra nodes during a rolling upgrade (max surge).",
  },
  podsPerNode: { label: "Pods per node", min: 1, max: 100_000, hint: "kubelet maxPods." },
  services: { label: "Services", min: 1, max: 16_000_000, hint: "ClusterIPs to hold." },
  lb: {
    label: "LoadBalancer addresses",
    min: 0,
    max: 1_000_000,
    hint: "0: no LoadBalancer pool.",
  },
  clusters: {
    label: "Clusters",
    min: 1,
    max: MAX_PROPOSED_CLUSTERS,
    hint: "1: this cluster. More: a new plan of that many clusters, each range distinct.",
  },
};

/** The most budget blocks one field takes. */
const MAX_BLOCKS = 16;

/** The form's first values: budgets empty, requirements read from the design and its capacity. */
export function initialPlanForm(design: Design, capacity: Capacity | null): PlanFormText {
  const lb = capacity?.lbPools.reduce((sum, p) => sum + p.addresses, 0n) ?? 0n;
  const count = Math.max(1, design.nodes.count);
  return {
    "budget-ipv4": "",
    "budget-ipv6": "",
    nodes: String(count),
    maxNodes: String(Math.max(count, nodesNeeded(design.nodes))),
    surge: "0",
    podsPerNode: String(design.nodes.maxPods),
    services: "1000",
    lb: lb > 0n && lb <= 65_536n ? String(lb) : "0",
    clusters: "1",
  };
}

/** A family's budget blocks from text ("10.40.0.0/16, 10.50.0.0/16"), or what is wrong with it. */
export function parseBudgets(
  text: string,
  family: Family,
): { ok: true; value: Prefix[] } | { ok: false; error: string } {
  const label = familyLabel(family);
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length === 0) {
    const example = family === "ipv4" ? "10.40.0.0/16" : "fd00:40::/48";
    return { ok: false, error: `Enter the ${label} block(s) to plan in, e.g. ${example}` };
  }
  if (parts.length > MAX_BLOCKS) return { ok: false, error: `At most ${MAX_BLOCKS} blocks` };
  const out: Prefix[] = [];
  for (const part of parts) {
    const parsed = parsePrefix(part);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const { prefix, hostBitsSet } = parsed.value;
    if (prefix.family !== family) {
      return {
        ok: false,
        error: `"${part}" is ${familyLabel(prefix.family)}; this field takes ${label} blocks`,
      };
    }
    if (hostBitsSet) {
      return {
        ok: false,
        error: `"${part}" has host bits set: did you mean ${formatPrefix(prefix)}?`,
      };
    }
    const clash = out.find((b) => overlaps(b, prefix));
    if (clash) {
      return {
        ok: false,
        error: `${formatPrefix(clash)} and ${part} overlap: give each block once`,
      };
    }
    out.push(prefix);
  }
  return { ok: true, value: out };
}

/** The form parsed: budgets and requirements, or a message per field that does not parse. */
export type ParsedPlanForm =
  | { ok: true; budgets: Prefix[]; requirements: Requirements; clusters: number }
  | { ok: false; errors: Partial<Record<PlanField, string>> };

/** Parses every field of the families shown; each bad field gets its own message. */
export function parsePlanForm(text: PlanFormText, families: readonly Family[]): ParsedPlanForm {
  const errors: Partial<Record<PlanField, string>> = {};
  const budgets: Prefix[] = [];
  for (const family of families) {
    const parsed = parseBudgets(text[`budget-${family}`], family);
    if (parsed.ok) for (const b of parsed.value) budgets.push(b);
    else errors[`budget-${family}`] = parsed.error;
  }
  const numbers: Partial<Record<PlanNumber, number>> = {};
  for (const key of PLAN_NUMBERS) {
    const { min, max } = PLAN_NUMBER_FIELDS[key];
    const parsed = parseInteger(text[key], min, max);
    if (parsed.ok) numbers[key] = parsed.value;
    else errors[key] = parsed.error;
  }
  const { nodes, maxNodes, surge, podsPerNode, services, lb, clusters } = numbers;
  if (nodes !== undefined && maxNodes !== undefined && maxNodes < nodes) {
    errors.maxNodes = `at least the nodes now (${nodes})`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    budgets,
    requirements: {
      nodes: nodes!,
      maxNodes: maxNodes!,
      surge: surge!,
      podsPerNode: podsPerNode!,
      services: services!,
      lbAddresses: lb!,
    },
    clusters: clusters!,
  };
}

/**
 * Where the solver's refusal shows: each shortfall at its family's budget field (what does not
 * fit, by how much, what to relax); a headroom the design cannot state at maximum nodes; anything
 * else for the whole form.
 */
export function refusalAt(result: ProposalRefusal): {
  fields: Partial<Record<PlanField, string>>;
  form?: string;
} {
  if (result.shortfalls.length > 0) {
    const fields: Partial<Record<PlanField, string>> = {};
    for (const s of result.shortfalls) {
      const key = `budget-${s.family}` as const;
      fields[key] = fields[key] ? `${fields[key]}\n${s.message}` : s.message;
    }
    return { fields };
  }
  if (/headroom limit$/.test(result.error)) return { fields: { maxNodes: result.error } };
  return { fields: {}, form: result.error };
}
