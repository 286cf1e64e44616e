import { crossPairs, overlappingPairs } from "../ip/overlappingPairs.ts";
import type { AddressRange } from "../ip/range.ts";
import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/**
 * Pod and Service ranges must not overlap the node (machine) networks: nodes route those
 * addresses as cluster-internal, so node-to-node traffic and anything reaching the nodes breaks.
 * Two node networks sharing addresses are flagged too.
 */
export const overlapNodeNetworks: Rule = {
  id: "overlap-node-networks",
  title: "Pod and Service ranges must not overlap node networks",
  source:
    "kube-apiserver --service-cluster-ip-range help (must not overlap node or pod ranges); OpenShift installer machine-network checks",
  check(ctx) {
    const nodes = ctx.ranges.filter((r) => r.role === "nodes");
    const cluster = ctx.ranges.filter((r) => r.role === "pods" || r.role === "services");
    const out: Finding[] = [];
    const span = (r: { range: AddressRange }): AddressRange => r.range;
    for (const [ci, ni] of crossPairs(cluster.map(span), nodes.map(span))) {
      const c = cluster[ci]!;
      const n = nodes[ni]!;
      const shared = sharedRange(c.range, n.range);
      if (shared) {
        const svc = c.role === "services";
        out.push({
          rule: this.id,
          severity: "error",
          fields: [c.field, n.field],
          message: `The ${c.label} overlaps the ${n.label} (shared: ${describeRange(shared)}). ${
            svc
              ? 'kube-proxy captures traffic to Service IPs on every node, so nodes with those addresses become unreachable; kube-apiserver\'s own help says the Service range "must not overlap with any IP ranges assigned to nodes or pods".'
              : "Nodes route pod addresses through the pod network, so traffic to the nodes in the shared part goes astray."
          }`,
          fix: `Pick a ${svc ? "Service" : "pod"} range outside every node network.`,
          source: svc ? "kube-apiserver" : "routing",
        });
      }
    }
    const nodePairs = overlappingPairs(nodes.map(span)).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
    for (const [i, j] of nodePairs) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const shared = sharedRange(a.range, b.range);
      if (shared) {
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [b.field, a.field],
          message: `The ${b.label} overlaps the ${a.label} (shared: ${describeRange(shared)}); node addresses may be counted twice and routes become ambiguous.`,
          fix: "Make node networks disjoint, or merge them into one entry.",
          source: "routing",
        });
      }
    }
    return out;
  },
};
