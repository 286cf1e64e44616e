import type { Finding } from "./finding.ts";
import { label } from "./helpers.ts";
import { formatCount } from "../text/formatCount.ts";
import type { Rule } from "./rule.ts";

/**
 * Node networks too small: for the nodes (count, then count plus headroom), and in cloud IPAM
 * modes (Cilium ENI/Azure/CRD) for the nodes plus their pods, which take node-network addresses.
 */
export const capacityNodeNetwork: Rule = {
  id: "capacity-node-network",
  title: "Node networks large enough for nodes (and pods in cloud modes)",
  source:
    "design capacity (node networks: network, gateway, broadcast reserved; cloud subnets: 5 reserved)",
  check(ctx) {
    const cap = ctx.capacity;
    if (!cap) return [];
    const out: Finding[] = [];
    const planned = BigInt(ctx.design.nodes.count);
    const needed = BigInt(cap.nodesNeeded);
    const cloud = !ctx.cni.usesPodRange;
    for (const f of ctx.families) {
      const nets = ctx.ranges.filter((r) => r.role === "nodes" && r.family === f.family);
      if (nets.length === 0) continue;
      const room = cap.nodeNetworkRoom[f.family];
      const fc = cap[f.family];
      const maxNodes = cloud && fc ? fc.maxNodes : room;
      if (needed <= maxNodes) continue;
      const fields = [
        ...nets.map((n) => n.field),
        planned > maxNodes ? "nodes.count" : "nodes.headroomPercent",
      ];
      const what = cloud
        ? `The ${label(f.family)} node networks have ${formatCount(room)} usable addresses; with pods taking node-network addresses (${fc ? formatCount(fc.podsPerNode) : "?"} pods per node) they hold ${formatCount(maxNodes)} nodes`
        : `The ${label(f.family)} node networks have ${formatCount(room)} usable addresses`;
      out.push({
        rule: this.id,
        severity: planned > maxNodes ? "error" : "warning",
        fields,
        message:
          planned > maxNodes
            ? `${what}, fewer than the ${formatCount(planned)} planned nodes.`
            : `${what}: enough for the ${formatCount(planned)} planned nodes but not for ${formatCount(needed)} with headroom.`,
        fix: "Use a larger node network, or add another.",
        source: cloud ? ctx.cni.label : "design",
      });
    }
    return out;
  },
};
