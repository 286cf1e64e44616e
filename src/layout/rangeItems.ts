import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import { bitLength } from "../core/ip/bitLength.ts";
import { bitsOf } from "../core/ip/family.ts";
import {
  formatPrefix,
  lastAddress,
  parsePrefix,
  prefixAt,
  type Prefix,
} from "../core/ip/prefix.ts";
import {
  blockContaining,
  formatRange,
  largestBlock,
  parseAddressRange,
  prefixRange,
  rangeToPrefixes,
  type AddressRange,
} from "../core/ip/range.ts";

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

/**
 * The cluster of a plan a range belongs to, on the ranges of the plan's OTHER clusters drawn
 * beside the active one's (layout/clusterItems.ts): its index, name and design.
 */
export interface ClusterTag {
  index: number;
  name: string;
  design: Design;
}

/**
 * One range of the design. A `start-end` LoadBalancer pool that is not one aligned block is ONE
 * item with a `span`; its blocks (the fewest aligned CIDRs covering it, MetalLB-style) are found
 * when drawn, hovered or selected (blockOf), never listed up front.
 */
export interface RangeItem {
  /**
   * Stable id, unique within the plan: `<family>:<cidr>:<tag>` of `prefix` (itemTag). The tag is
   * the role; `<role>#<index>` (the range's index in its design list) for a `start-end` pool
   * with a span and for a CIDR range repeating an earlier one's; `@<cluster>` ends it on
   * another cluster's range. The blocks of a span share its tag (blockItem).
   */
  id: string;
  role: RangeRole;
  /** The design path of the field holding the range, as findings name it ("ipv4.podCidrs.0"). */
  field: string;
  /** The user's name for it ("nodes", a pool name), or the role label. */
  name: string;
  /** The range as written in the design (a CIDR or `start-end`). */
  source: string;
  /** The range's block; for a `span`, its largest aligned block (the first of that size). */
  prefix: Prefix;
  /** For a `start-end` range cut into several aligned blocks: its addresses. */
  span?: AddressRange;
  /** Set on another cluster's range only (its `field` is then `clusters.<index>.<path>`). */
  cluster?: ClusterTag;
}

function makeItem(
  role: RangeRole,
  field: string,
  name: string,
  source: string,
  prefix: Prefix,
  span: AddressRange | undefined,
  tag: string,
  cidr = formatPrefix(prefix),
): RangeItem {
  const out: RangeItem = {
    id: `${prefix.family}:${cidr}:${tag}`,
    role,
    field,
    name,
    source,
    prefix,
  };
  if (span) out.span = span;
  return out;
}

/**
 * How the map and the ranges table write an item's range: its CIDR, or a `start-end` pool cut
 * into several blocks as its run, `first-last` in compact form (so pools sharing a largest block
 * are told apart).
 */
export function itemText(item: RangeItem): string {
  // A range's text is written once a session (formatPrefix and formatRange keep the text of
  // the parsers' frozen objects): ids, labels, rows and renders all read it.
  return item.span ? formatRange(item.span) : formatPrefix(item.prefix);
}

/** The addresses of an item: its span, or its block's. */
export function itemRange(item: RangeItem): AddressRange {
  return item.span ?? prefixRange(item.prefix);
}

/**
 * The part of a range or cell id after its CIDR (`lb#3@1` of `ipv6:fd00::/18:lb#3@1`): what
 * tells apart ranges drawn on the same block. A CIDR's last `/` comes before it, and it holds none.
 */
export function idTag(id: string): string {
  return id.slice(id.indexOf(":", id.lastIndexOf("/")) + 1);
}

/** The tag of a range told apart by its index in its design list (`lb#3`, ADR 0113). */
function indexedTag(role: RangeRole, index: number): string {
  return `${role}#${index}`;
}

/**
 * A tag without its `#<index>` (`lb@1` of `lb#3@1`): the form every range of a role had before
 * ranges had their own ids (ADR 0113), which old ids still carry.
 */
export function unindexedTag(tag: string): string {
  return tag.replace(/#\d+/, "");
}

/**
 * The block item of `item` at `block` (one of its aligned blocks): as a block, without a span,
 * its id ending in the item's tag (so a block names its own range, nested or not; another
 * cluster's keeps its cluster and `@<index>`).
 */
export function blockItem(item: RangeItem, block: Prefix): RangeItem {
  const out = makeItem(
    item.role,
    item.field,
    item.name,
    item.source,
    block,
    undefined,
    idTag(item.id),
  );
  return item.cluster ? { ...out, cluster: item.cluster } : out;
}

/**
 * The block of `item` holding address `at` (inside the item's range), as an item of its own: the
 * block rangeToPrefixes lists for that address. The item itself when it has no span.
 */
export function blockOf(item: RangeItem, at: bigint): RangeItem {
  return item.span ? blockItem(item, blockContaining(item.span, at)) : item;
}

/**
 * The smallest block holding every address of `item`: its block when it has no span, else the
 * block of the span's ends' highest differing bit (the common supernet of its first and last
 * blocks, without finding them).
 */
export function itemCover(item: RangeItem): Prefix {
  if (!item.span) return item.prefix;
  const { family, first, last } = item.span;
  return prefixAt(family, first, bitsOf(family) - bitLength(first ^ last));
}

/** Every block of `item` in address order (the true-scale view draws them): the item alone without a span. */
export function itemBlocks(item: RangeItem): RangeItem[] {
  return item.span ? rangeToPrefixes(item.span).map((p) => blockItem(item, p)) : [item];
}

const collected = new WeakMap<Design, Partial<Record<Family, readonly RangeItem[]>>>();

/**
 * Every range of `family` in the design, one item each: pod ranges, the Service range, node
 * networks, LoadBalancer pools (a `start-end` range that is not one aligned block is one item
 * with its span) and external ranges. Unparseable entries are skipped (the rules report them).
 * Memoised per design object (designs are immutable): the plan view, the true-scale view and the
 * map root field all read one list. Linear in the design's entries.
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
  const taken = new Set<string>();
  // A range's id: the role's, unless it has a span or repeats an earlier range's CIDR and role;
  // then `<role>#<index>` (index in its design list) keeps it apart from every other.
  const add = (
    role: RangeRole,
    index: number,
    field: string,
    name: string,
    source: string,
    prefix: Prefix,
    span?: AddressRange,
  ): void => {
    const cidr = formatPrefix(prefix);
    let item = span
      ? undefined
      : makeItem(role, field, name, source, prefix, undefined, role, cidr);
    if (item && !taken.has(item.id)) taken.add(item.id);
    else item = makeItem(role, field, name, source, prefix, span, indexedTag(role, index), cidr);
    out.push(item);
  };
  const plan = design[family];
  const cidr = (text: string): Prefix | undefined => {
    const parsed = parsePrefix(text);
    return parsed.ok && parsed.value.prefix.family === family ? parsed.value.prefix : undefined;
  };
  if (plan && design.ipFamilies.includes(family)) {
    plan.podCidrs.forEach((text, i) => {
      const p = cidr(text);
      if (p) add("pods", i, `${family}.podCidrs.${i}`, ROLE_LABEL.pods, text, p);
    });
    const svc = cidr(plan.serviceCidr);
    if (svc)
      add("services", 0, `${family}.serviceCidr`, ROLE_LABEL.services, plan.serviceCidr, svc);
  }
  design.nodes.networks.forEach((n, i) => {
    const p = cidr(n.cidr);
    if (p) add("nodes", i, `nodes.networks.${i}.cidr`, n.name, n.cidr, p);
  });
  design.loadBalancer.pools.forEach((pool, i) => {
    const range = parseAddressRange(pool.range);
    if (!range.ok || range.value.family !== family) return;
    const block = largestBlock(range.value);
    const whole = block.network === range.value.first && lastAddress(block) === range.value.last;
    const field = `loadBalancer.pools.${i}.range`;
    add("lb", i, field, pool.name, pool.range, block, whole ? undefined : range.value);
  });
  design.externalRanges.forEach((r, i) => {
    const p = cidr(r.cidr);
    if (p) add("external", i, `externalRanges.${i}.cidr`, r.name, r.cidr, p);
  });
  return out;
}
