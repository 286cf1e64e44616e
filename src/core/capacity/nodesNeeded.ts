import type { Design } from "../design/schema.ts";

/**
 * Planned nodes including growth headroom: ceil(count × (1 + headroom/100)), in integers so
 * 100 nodes with 20 % headroom are exactly 120.
 */
export function nodesNeeded(nodes: Design["nodes"]): number {
  return Math.ceil((nodes.count * (100 + nodes.headroomPercent)) / 100);
}
