import type { Capacity } from "./types.ts";

/**
 * NodePort range size and its static band (KEP-3668, portallocator `calculateRangeOffset`):
 * the first min(max(16, size/32), 128) ports, none when the range has 16 or fewer ports. The
 * default 30000-32767 (2,768 ports) gives 30000-30085. Text is `--service-node-port-range`
 * ("lo-hi"); unparsable text yields an empty range.
 */
export function nodePortCapacity(range: string): Capacity["nodePorts"] {
  const m = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(range);
  const first = m ? Number(m[1]) : 0;
  const last = m ? Number(m[2]) : -1;
  const size = Math.max(0, last - first + 1);
  if (size <= 16) return { first, last, size, staticBand: undefined };
  const offset = Math.min(Math.max(16, Math.floor(size / 32)), 128);
  return { first, last, size, staticBand: { first, last: first + offset - 1 } };
}
