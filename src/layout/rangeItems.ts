import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import { formatPrefix, parsePrefix, type Prefix } from "../core/ip/prefix.ts";
import { parseAddressRange, rangeToPrefixes } from "../core/ip/range.ts";

/** What a range of the design is for. */
export type RangeRole = "pods" | "services" | "nodes" | "lb" | "external";

/** Drawing order of roles: big background roles first, small ones on top. */
export const ROLE_ORDER: readonly RangeRole[] = ["pods", "nodes", "services", "lb", "external"];

/** A person's name for each role. */
export const ROLE_LABEL: Record<RangeRole, string> = {
  pods: "Pod range",
  services: "Service range",
  nodes: "Node network",
  lb: "LoadBalancer pool",
  external: "External range",
};

/** One aligned block of one range of the design (a `start-end` LB pool yields several). */
export interface RangeItem {
  /** Stable id: `<family>:<cidr>:<role>`. */
  id: string;
  role: RangeRole;
  /** The design path of the field holding the range, as findings name it ("ipv4.podCidrs.0"). */
  field: string;
  /** The user's name for it ("nodes", a pool name), or the role label. */
  name: string;
  /** The range as written in the design (a CIDR or `start-end`). */
  source: string;
  prefix: Prefix;
}

function item(
  role: RangeRole,
  field: string,
  name: string,
  source: string,
  prefix: Prefix,
): RangeItem {
  return {
    id: `${prefix.family}:${formatPrefix(prefix)}:${role}`,
    role,
    field,
    name,
    source,
    prefix,
  };
}

const collected = new WeakMap<Design, Partial<Record<Family, readonly RangeItem[]>>>();

/**
 * Every range of `family` in the design as aligned blocks: pod ranges, the Service range, node
 * networks, LoadBalancer pools (start-end ranges become their covering CIDRs, MetalLB-style) and
 * external ranges. Unparseable entries are skipped (the rules report them). Memoised per design
 * object (designs are immutable): the plan view, the true-scale view and the map root field all
 * read one list, and a `start-end` pool's thousands of blocks are named once.
 */
export function collectRanges(design: Design, family: Family): readonly RangeItem[] {
  const cached = collected.get(design);
  const hit = cached?.[family];
  if (hit) return hit;
  const out = collectUncached(design, family);
  collected.set(design, { ...cached, [family]: out });
  return out;
}

function collectUncached(design: Design, family: Family): RangeItem[] {
  const out: RangeItem[] = [];
  const plan = design[family];
  const cidr = (text: string): Prefix | undefined => {
    const parsed = parsePrefix(text);
    return parsed.ok && parsed.value.prefix.family === family ? parsed.value.prefix : undefined;
  };
  if (plan && design.ipFamilies.includes(family)) {
    plan.podCidrs.forEach((text, i) => {
      const p = cidr(text);
      if (p) out.push(item("pods", `${family}.podCidrs.${i}`, ROLE_LABEL.pods, text, p));
    });
    const svc = cidr(plan.serviceCidr);
    if (svc)
      out.push(
        item("services", `${family}.serviceCidr`, ROLE_LABEL.services, plan.serviceCidr, svc),
      );
  }
  design.nodes.networks.forEach((n, i) => {
    const p = cidr(n.cidr);
    if (p) out.push(item("nodes", `nodes.networks.${i}.cidr`, n.name, n.cidr, p));
  });
  design.loadBalancer.pools.forEach((pool, i) => {
    const range = parseAddressRange(pool.range);
    if (!range.ok || range.value.family !== family) return;
    for (const p of rangeToPrefixes(range.value)) {
      out.push(item("lb", `loadBalancer.pools.${i}.range`, pool.name, pool.range, p));
    }
  });
  design.externalRanges.forEach((r, i) => {
    const p = cidr(r.cidr);
    if (p) out.push(item("external", `externalRanges.${i}.cidr`, r.name, r.cidr, p));
  });
  return out;
}
