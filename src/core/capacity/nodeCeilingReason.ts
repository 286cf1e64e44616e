import { familyLabel, FAMILIES } from "../ip/family.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Capacity } from "./types.ts";

/**
 * Why the cluster's node ceiling (`capacity.maxNodes`) is what it is, in one sentence, naming the
 * bound that wins and, where it differs from a count shown elsewhere, both figures: the node
 * networks' usable addresses (one per node) against the pod ranges' node ranges, node ranges
 * withheld for touching the Service range, or the node networks' room in cloud-network modes.
 */
export function nodeCeilingReason(capacity: Capacity): string {
  const max = capacity.maxNodes;
  for (const family of FAMILIES) {
    const fc = capacity[family];
    if (!fc) continue;
    const label = familyLabel(family);
    const room = capacity.nodeNetworkRoom[family];
    const hasNetworks = capacity.nodeNetworks.some((n) => n.family === family);
    if (fc.nodeSubnets === 0n && fc.maxNodes === max) {
      return `Bounded by the ${label} node networks: ${formatCount(room)} usable addresses shared by each node and its pods.`;
    }
    if (hasNetworks && room === max && room < fc.maxNodes) {
      return `Bounded by the ${label} node networks: ${formatCount(room)} usable addresses, one per node, fewer than the ${formatCount(fc.usableNodeSubnets)} node ranges of the pod ranges.`;
    }
    if (fc.maxNodes === max) {
      const withheld =
        fc.withheldNodeSubnets > 0n
          ? ` (${formatCount(fc.nodeSubnets)} minus ${formatCount(fc.withheldNodeSubnets)} withheld because they touch the Service range)`
          : "";
      return `Bounded by the ${label} pod ranges: ${formatCount(fc.usableNodeSubnets)} node ranges${withheld}, one per node.`;
    }
  }
  return `${formatCount(max)} nodes.`;
}
