import { lookup } from "../core/lookup.ts";
import type { Design } from "../core/design/schema.ts";
import { bitsOf, type Family } from "../core/ip/family.ts";
import {
  comparePrefixes,
  contains,
  formatPrefix,
  lastAddress,
  overlaps,
  prefixAt,
  subnetCount,
  type Prefix,
} from "../core/ip/prefix.ts";
import {
  prefixRange,
  rangesOverlap,
  rangeToPrefixes,
  type AddressRange,
} from "../core/ip/range.ts";
import { addressLength, nodeBlockRoles, serviceRoles, type AddressKind } from "./addressPlans.ts";
import { planNodeSubnets, type NodeKind } from "./nodeSubnets.ts";
import { findOverlaps, type Overlap } from "./overlaps.ts";
import { rootOf } from "./mapRoot.ts";
import {
  collectRanges,
  itemBlocks,
  itemRange,
  ROLE_ORDER,
  type RangeItem,
  type RangeRole,
} from "./rangeItems.ts";
import { rectOf, type Rect } from "./rect.ts";
import { windowSegments, type Segment } from "./segments.ts";

/** Every kind of cell the map draws. */
export type CellKind = RangeRole | NodeKind | AddressKind | "free" | "overlap" | "mixed";

/** A block drawn whole: a range of the design, or free space. */
export interface StaticLayer {
  type: "static";
  id: string;
  kind: CellKind;
  prefix: Prefix;
  rect: Rect;
  /** Split parity of the rectangle's first halving (0: left | right first), see rect.ts `halves`. */
  base: number;
  item: RangeItem | undefined;
  /** For a collapsed gap of the plan view: the free run it stands for (`prefix` is its first block). */
  span?: AddressRange;
}

/** A block cut into units (node subnets or addresses) whose kinds come in runs. */
export interface SegmentedLayer {
  type: "segmented";
  id: string;
  prefix: Prefix;
  rect: Rect;
  /** Split parity of the rectangle's first halving (0: left | right first), see rect.ts `halves`. */
  base: number;
  unitLength: number;
  unit: "node" | "address";
  segments: Segment<NodeKind | AddressKind>[];
  item: RangeItem;
}

/**
 * A `start-end` range of the plan view cut into many aligned blocks, drawn inside its tile
 * (`rect` draws the `prefix` block covering them): the blocks are found when drawn, hovered or
 * selected (visibleCells, cellAt, cellById), never all at once. `item` is the range (with its
 * span; its id and prefix are its largest block, which the table selects and the label names).
 */
export interface RunLayer {
  type: "run";
  id: string;
  prefix: Prefix;
  rect: Rect;
  /** Split parity of the rectangle's first halving. */
  base: number;
  span: AddressRange;
  item: RangeItem;
}

/** One layer of the map, drawn in order. */
export type Layer = StaticLayer | SegmentedLayer | RunLayer;

/** An overlap and where it is drawn. */
export interface OverlapLayer {
  overlap: Overlap;
  rect: Rect;
  /**
   * For the overlaps drawn inside a plan tile (found when drawn, see runCells.ts): the tile's
   * block and split parity, the addresses of the tile's range (`first`..`last`), the scene's
   * overlapping addresses as merged runs (`spans`) and every overlap sorted by address, so each
   * block drawn is named after its own overlap. `overlap` is the tile's first; `rect` the tile.
   */
  run?: {
    cover: Prefix;
    base: number;
    first: bigint;
    last: bigint;
    spans: readonly { first: bigint; last: bigint }[];
    sorted: readonly Overlap[];
  };
}

/** One family's map at one drill level: layers in layout units of a `width` x `height` view. */
export interface Scene {
  family: Family;
  /** "plan": every range as its own tile in address order, gaps collapsed; "scale": true scale. */
  mode: "plan" | "scale";
  /** The block the view shows (the family root, or the block drilled into). */
  root: Prefix;
  /** The family root (top of the breadcrumbs). */
  familyRoot: Prefix;
  width: number;
  height: number;
  layers: Layer[];
  overlaps: OverlapLayer[];
  /** Every overlap of the family's ranges (aligned blocks, sorted by address). */
  found: readonly Overlap[];
  /** The family's ranges (collectRanges: a `start-end` pool is one item with its span). */
  items: readonly RangeItem[];
}

function windowOf(
  block: Prefix,
  view: Prefix,
  unitLength: number,
  segs: Segment<NodeKind | AddressKind>[],
) {
  if (!contains(block, view) || view.length === block.length)
    return { prefix: block, segments: segs };
  const offset = (view.network - block.network) >> BigInt(bitsOf(block.family) - unitLength);
  return { prefix: view, segments: windowSegments(segs, offset, subnetCount(view, unitLength)) };
}

/** Blocks of `view` no range covers, as aligned CIDRs in address order. */
function freeBlocks(view: Prefix, items: readonly RangeItem[]): Prefix[] {
  const spans = items
    .filter((i) => overlaps(i.prefix, view))
    .map((i) => (contains(i.prefix, view) ? view : i.prefix))
    .map((p) => [p.network, lastAddress(p)] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Prefix[] = [];
  let at = view.network;
  const end = lastAddress(view);
  for (const [first, last] of spans) {
    if (first > at)
      for (const p of rangeToPrefixes({ family: view.family, first: at, last: first - 1n }))
        out.push(p);
    if (last + 1n > at) at = last + 1n;
  }
  if (at <= end)
    for (const p of rangeToPrefixes({ family: view.family, first: at, last: end })) out.push(p);
  return out;
}

const podKey = (p: { pod: Prefix }): string => `${p.pod.network}/${p.pod.length}`;

/**
 * The layer of one range drawn in `rect` when the view shows block `view`: its node subnets (pod
 * ranges), its addresses (Service range, or a node subnet once drilled to it), or the block whole.
 * `base` is the split parity of `rect`'s first halving.
 */
export function layerFor(
  item: RangeItem,
  view: Prefix,
  rect: Rect,
  base: number,
  design: Design,
  podPlans: ReturnType<typeof planNodeSubnets>,
): Layer {
  const stat: StaticLayer = {
    type: "static",
    id: item.id,
    kind: item.role,
    prefix: item.prefix,
    rect,
    base,
    item,
  };
  const roles = item.role === "services" ? serviceRoles(design, item.prefix) : undefined;
  if (roles && contains(item.prefix, view)) {
    const w = windowOf(item.prefix, view, addressLength(view), roles);
    return {
      type: "segmented",
      id: item.id,
      unitLength: addressLength(view),
      unit: "address",
      item,
      rect,
      base,
      ...w,
    };
  }
  if (item.role !== "pods") return stat;
  const plan = lookup(podPlans, podKey, `${item.prefix.network}/${item.prefix.length}`);
  if (!plan) return stat;
  const blockRoles = nodeBlockRoles(design, item.prefix.family);
  if (blockRoles && view.length >= plan.unitLength && contains(item.prefix, view)) {
    const subnet = prefixAt(view.family, view.network, plan.unitLength);
    const segs = blockRoles;
    const w = windowOf(subnet, view, addressLength(view), segs);
    return {
      type: "segmented",
      id: item.id,
      unitLength: addressLength(view),
      unit: "address",
      item,
      rect,
      base,
      ...w,
    };
  }
  const w = windowOf(item.prefix, view, plan.unitLength, plan.segments);
  return {
    type: "segmented",
    id: item.id,
    unitLength: plan.unitLength,
    unit: "node",
    item,
    rect,
    base,
    ...w,
  };
}

/**
 * Lays out one family of the design in a `width` x `height` view of block `view` (default: the
 * family root: `budget` when given, else the smallest block holding every range). Ranges outside
 * the root are left out (see outsideRoot). Ranges become layers in
 * drawing order (free space, then larger blocks under smaller ones); pod ranges carry their node
 * subnets, and drilling into a node subnet or the Service range shows their addresses.
 * Undefined when the family has no range.
 */
export function buildScene(
  design: Design,
  family: Family,
  width: number,
  height: number,
  view?: Prefix,
  budget?: Prefix,
): Scene | undefined {
  const items = collectRanges(design, family);
  const familyRoot = rootOf(items, budget?.family === family ? budget : undefined);
  if (!familyRoot) return undefined;
  const root = view && view.family === family && contains(familyRoot, view) ? view : familyRoot;
  const podPlans = planNodeSubnets(design, family);
  // A `start-end` range is drawn here as its aligned blocks: only the ranges in view are cut.
  const shown = prefixRange(root);
  const inView = items
    .filter((i) => rangesOverlap(itemRange(i), shown))
    .flatMap(itemBlocks)
    .filter((i) => overlaps(i.prefix, root));
  const layers: Layer[] = freeBlocks(root, inView).map((p) => ({
    type: "static",
    id: `${family}:${formatPrefix(p)}:free`,
    kind: "free",
    prefix: p,
    rect: rectOf(root, p, width, height) as Rect,
    base: p.length - root.length,
    item: undefined,
  }));
  const ordered = [...inView].sort(
    (a, b) =>
      a.prefix.length - b.prefix.length || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
  );
  for (const item of ordered) {
    const rect = rectOf(root, item.prefix, width, height) as Rect;
    layers.push(
      layerFor(item, root, rect, Math.max(0, item.prefix.length - root.length), design, podPlans),
    );
  }
  const found = findOverlaps(items).sort((a, b) => comparePrefixes(a.prefix, b.prefix));
  const overlapLayers = found
    .filter((o) => overlaps(o.prefix, root))
    .map((o) => ({ overlap: o, rect: rectOf(root, o.prefix, width, height) as Rect }));
  return {
    family,
    mode: "scale",
    root,
    familyRoot,
    width,
    height,
    layers,
    overlaps: overlapLayers,
    found,
    items,
  };
}
