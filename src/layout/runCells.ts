import { bitsOf } from "../core/ip/family.ts";
import { lastAddress, type Prefix } from "../core/ip/prefix.ts";
import type { Overlap } from "./overlaps.ts";
import { blockItem, blockOf, type RangeItem } from "./rangeItems.ts";
import { rangeToPrefixes, type AddressRange } from "../core/ip/range.ts";
import { containsPoint, halves, intersects, type Rect } from "./rect.ts";
import type { OverlapLayer, RunLayer } from "./scene.ts";
import type { Cell, Viewport } from "./visibleCells.ts";

/** An inclusive address run. */
export interface Span {
  first: bigint;
  last: bigint;
}

/**
 * Address runs drawn inside a tile: the tile draws block `cover` in `rect` (first split `base`);
 * the runs are `spans` (sorted, disjoint) clipped to `clip`. Their aligned blocks are the nodes
 * of the cover's binary tree that lie wholly inside one run and whose parent does not: the tree
 * is walked from the cover down, so only the edges of the runs are descended, and only as far as
 * cells stay `minPx` on screen. The work follows what is drawn, never the runs' block count.
 */
interface Run {
  cover: Prefix;
  rect: Rect;
  base: number;
  spans: readonly Span[];
  clip: Span;
}

/**
 * What a walk found: a block wholly in a run (`whole`: then it is the run's aligned block there,
 * as no larger block around it lies in the run), or a part at the level of detail; `at` its first
 * address in a run.
 */
type Visit = (p: Prefix, rect: Rect, at: bigint, whole: boolean) => void;

function child(p: Prefix, second: boolean): Prefix {
  const length = p.length + 1;
  const step = second ? 1n << BigInt(bitsOf(p.family) - length) : 0n;
  return { family: p.family, network: p.network + step, length };
}

/** Index of the first span ending at or after `at` (spans sorted, disjoint). */
function firstEndingFrom(spans: readonly Span[], at: bigint): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).last < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How block `p` meets the runs: undefined when it holds none of their addresses, else its first
 * address in a run and whether the block lies wholly inside one run.
 */
function meet(run: Run, p: Prefix): { at: bigint; whole: boolean } | undefined {
  const end = lastAddress(p);
  const lo = p.network > run.clip.first ? p.network : run.clip.first;
  const hi = end < run.clip.last ? end : run.clip.last;
  if (lo > hi) return undefined;
  const span = run.spans[firstEndingFrom(run.spans, lo)];
  if (!span || span.first > hi) return undefined;
  const at = span.first > lo ? span.first : lo;
  return { at, whole: at === p.network && span.last >= end && run.clip.last >= end };
}

function walk(run: Run, viewport: Viewport, minPx: number, visit: Visit): void {
  const bits = bitsOf(run.cover.family);
  const go = (p: Prefix, rect: Rect, d: number): void => {
    if (!intersects(rect, viewport)) return;
    const m = meet(run, p);
    if (!m) return;
    const small = rect.width * viewport.scale < minPx || rect.height * viewport.scale < minPx;
    if (m.whole || small || p.length >= bits) return visit(p, rect, m.at, m.whole);
    const [a, b] = halves(rect, run.base + d);
    go(child(p, false), a, d + 1);
    go(child(p, true), b, d + 1);
  };
  go(run.cover, run.rect, 0);
}

/** The node holding point (x, y) on the runs, at the level of detail; undefined off them. */
function at(
  run: Run,
  x: number,
  y: number,
  scale: number,
  minPx: number,
): { at: bigint; rect: Rect } | undefined {
  const bits = bitsOf(run.cover.family);
  let p = run.cover;
  let rect = run.rect;
  if (!containsPoint(rect, x, y)) return undefined;
  for (let d = 0; ; d++) {
    const m = meet(run, p);
    if (!m) return undefined;
    if (m.whole || rect.width * scale < minPx || rect.height * scale < minPx || p.length >= bits)
      return { at: m.at, rect };
    const [a, b] = halves(rect, run.base + d);
    const second = containsPoint(b, x, y);
    p = child(p, second);
    rect = second ? b : a;
  }
}

/** The rectangle of block `p` (inside the cover) in the run's tile. */
export function rectInRun(run: Run, p: Prefix): Rect {
  let rect = run.rect;
  const bits = bitsOf(p.family);
  for (let d = 0; d < p.length - run.cover.length; d++) {
    const bit = (p.network >> BigInt(bits - 1 - (run.cover.length + d))) & 1n;
    rect = halves(rect, run.base + d)[bit === 1n ? 1 : 0];
  }
  return rect;
}

/** Index of the last entry whose start is at or before `at` (entries sorted by start). */
function lastStartingBy<T>(list: readonly T[], start: (t: T) => bigint, at: bigint): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (start(list[mid] as T) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

const runOf = (layer: RunLayer): Run => ({
  cover: layer.prefix,
  rect: layer.rect,
  base: layer.base,
  spans: [layer.span],
  clip: layer.span,
});

function blockCell(item: RangeItem, rect: Rect): Cell {
  return {
    id: item.id,
    kind: item.role,
    prefix: item.prefix,
    rect,
    item,
    overlap: undefined,
    units: undefined,
  };
}

/** The cells of a run layer in the viewport: its blocks, and parts too small to cut further. */
export function runLayerCells(layer: RunLayer, viewport: Viewport, minPx: number): Cell[] {
  const out: Cell[] = [];
  const run = runOf(layer);
  walk(run, viewport, minPx, (p, rect, at, whole) =>
    out.push(blockCell(whole ? blockItem(layer.item, p) : blockOf(layer.item, at), rect)),
  );
  return out;
}

/** The block of a run layer under (x, y) at the level of detail; undefined off the range. */
export function runLayerCellAt(
  layer: RunLayer,
  x: number,
  y: number,
  scale: number,
  minPx: number,
): Cell | undefined {
  const hit = at(runOf(layer), x, y, scale, minPx);
  return hit && blockCell(blockOf(layer.item, hit.at), hit.rect);
}

/** The block `p` of a run layer with its rectangle; undefined when it is not one of its blocks. */
export function runLayerBlock(layer: RunLayer, p: Prefix): Cell | undefined {
  if (p.family !== layer.prefix.family || p.network < layer.span.first) return undefined;
  if (p.network > layer.span.last) return undefined;
  const item = blockOf(layer.item, p.network);
  if (item.prefix.network !== p.network || item.prefix.length !== p.length) return undefined;
  return blockCell(item, rectInRun(runOf(layer), p));
}

const overlapRun = (o: OverlapLayer): Run | undefined =>
  o.run && {
    cover: o.run.cover,
    rect: o.rect,
    base: o.run.base,
    spans: o.run.spans,
    clip: { first: o.run.first, last: o.run.last },
  };

/** The overlap of a sorted list holding address `at`. */
function overlapAt(sorted: readonly Overlap[], at: bigint): Overlap {
  return sorted[lastStartingBy(sorted, (o) => o.prefix.network, at)] as Overlap;
}

function overlapCellOf(overlap: Overlap, rect: Rect): Cell {
  return {
    id: overlap.id,
    kind: "overlap",
    prefix: overlap.prefix,
    rect,
    item: undefined,
    overlap,
    units: undefined,
  };
}

/** The cells of an overlap run in the viewport, each named after the overlap it lies in. */
export function overlapRunCells(o: OverlapLayer, viewport: Viewport, minPx: number): Cell[] {
  const run = overlapRun(o);
  if (!run || !o.run) return [];
  const sorted = o.run.sorted;
  const out: Cell[] = [];
  walk(run, viewport, minPx, (_p, rect, at) =>
    out.push(overlapCellOf(overlapAt(sorted, at), rect)),
  );
  return out;
}

/** The overlap cell of a run under (x, y); undefined off it. */
export function overlapRunCellAt(
  o: OverlapLayer,
  x: number,
  y: number,
  scale: number,
  minPx: number,
): Cell | undefined {
  const run = overlapRun(o);
  if (!run || !o.run) return undefined;
  const hit = at(run, x, y, scale, minPx);
  return hit && overlapCellOf(overlapAt(o.run.sorted, hit.at), hit.rect);
}

/** The addresses of `overlap` inside a run's range; undefined when it has none there. */
function overlapInRun(run: Run | undefined, overlap: Overlap): AddressRange | undefined {
  if (!run || overlap.prefix.family !== run.cover.family) return undefined;
  const first = overlap.prefix.network > run.clip.first ? overlap.prefix.network : run.clip.first;
  const end = lastAddress(overlap.prefix);
  const last = end < run.clip.last ? end : run.clip.last;
  return first > last ? undefined : { family: run.cover.family, first, last };
}

/** Whether `overlap` has a cell in the run of `o` (overlapRunCell), without placing it. */
export function overlapMeetsRun(o: OverlapLayer, overlap: Overlap): boolean {
  return overlapInRun(overlapRun(o), overlap) !== undefined;
}

/** The cell of `overlap` in a run (its first part inside the run); undefined when none is. */
export function overlapRunCell(o: OverlapLayer, overlap: Overlap): Cell | undefined {
  const run = overlapRun(o);
  const inside = overlapInRun(run, overlap);
  const part = inside && rangeToPrefixes(inside, 1)[0];
  return run && part && overlapCellOf(overlap, rectInRun(run, part));
}
