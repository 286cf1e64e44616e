import { bitsOf } from "../core/ip/family.ts";
import { contains, prefixAt, type Prefix } from "../core/ip/prefix.ts";

/** An axis-aligned rectangle in layout units (pixels of the unzoomed view). */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * True when the split at `depth` bits below the view root is vertical (left | right); the first
 * split is vertical, then they alternate, so address order reads left to right, top to bottom.
 */
export function splitsVertically(depth: number): boolean {
  return depth % 2 === 0;
}

/** The two halves of `rect` for the bit at `depth` below the view root: [bit 0, bit 1]. */
export function halves(rect: Rect, depth: number): [Rect, Rect] {
  if (splitsVertically(depth)) {
    const w = rect.width / 2;
    return [
      { x: rect.x, y: rect.y, width: w, height: rect.height },
      { x: rect.x + w, y: rect.y, width: w, height: rect.height },
    ];
  }
  const h = rect.height / 2;
  return [
    { x: rect.x, y: rect.y, width: rect.width, height: h },
    { x: rect.x, y: rect.y + h, width: rect.width, height: h },
  ];
}

/**
 * The rectangle of block `p` in a `width` x `height` view of block `root`, computed from the
 * prefix bits of `p` below `root` (O(prefix length), exact halves, no address counts): each bit
 * halves the rectangle, alternating direction. A block that contains the root fills the view;
 * a block outside the root (or of the other family) has no rectangle.
 */
export function rectOf(root: Prefix, p: Prefix, width: number, height: number): Rect | undefined {
  if (contains(p, root)) return { x: 0, y: 0, width, height };
  if (!contains(root, p)) return undefined;
  const bits = bitsOf(root.family);
  // The same halving as `halves`, without a bigint shift and two rectangles per bit.
  const digits = p.network.toString(2).padStart(bits, "0");
  let x = 0;
  let y = 0;
  let w = width;
  let h = height;
  for (let i = root.length; i < p.length; i++) {
    const second = digits.charCodeAt(i) === 49;
    if (splitsVertically(i - root.length)) {
      w = w / 2;
      if (second) x = x + w;
    } else {
      h = h / 2;
      if (second) y = y + h;
    }
  }
  return { x, y, width: w, height: h };
}

/**
 * The /`length` block under point (x, y) of a `width` x `height` view of `root` (the inverse of
 * `rectOf`); points outside the view are clamped to its edge. `length` below the root's length
 * returns the root.
 */
export function prefixAtPoint(
  root: Prefix,
  x: number,
  y: number,
  width: number,
  height: number,
  length: number,
): Prefix {
  const bits = bitsOf(root.family);
  let rect: Rect = { x: 0, y: 0, width, height };
  let network = root.network;
  for (let i = root.length; i < Math.min(length, bits); i++) {
    const [a, b] = halves(rect, i - root.length);
    const second = splitsVertically(i - root.length) ? x >= b.x : y >= b.y;
    if (second) network |= 1n << BigInt(bits - 1 - i);
    rect = second ? b : a;
  }
  return prefixAt(root.family, network, Math.max(root.length, Math.min(length, bits)));
}

/** Number of columns and rows the /`unitLength` blocks of `p` form in a view of `root`. */
export function unitGrid(
  root: Prefix,
  p: Prefix,
  unitLength: number,
): { cols: bigint; rows: bigint } {
  const start = Math.max(0, p.length - root.length);
  const depth = Math.max(0, unitLength - Math.max(p.length, root.length));
  let vertical = 0;
  for (let d = start; d < start + depth; d++) if (splitsVertically(d)) vertical++;
  return { cols: 1n << BigInt(vertical), rows: 1n << BigInt(depth - vertical) };
}

/** True when two rectangles share interior area. */
export function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** True when the point lies inside the rectangle (left/top edges inclusive). */
export function containsPoint(r: Rect, x: number, y: number): boolean {
  return x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height;
}
