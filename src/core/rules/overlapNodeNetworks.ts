import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import { furtherOverlapsFinding, laterOverlaps, overlapsAcross } from "./moreOverlaps.ts";
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
    const clusterFix = (svc: boolean) =>
      `Pick a ${svc ? "Service" : "pod"} range outside every node network.`;
    for (const hits of overlapsAcross(cluster, nodes)) {
      const c = cluster[hits.owner]!;
      const svc = c.role === "services";
      for (const ni of hits.paired) {
        const n = nodes[ni]!;
        const shared = sharedRange(c.range, n.range);
        if (!shared) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [c.field, n.field],
          message: `The ${c.label} overlaps the ${n.label} (shared: ${describeRange(shared)}). ${
            svc
              ? 'kube-proxy captures traffic to Service IPs on every node, so nodes with those addresses become unreachable; kube-apiserver\'s own help says the Service range "must not overlap with any IP ranges assigned to nodes or pods".'
              : "Nodes route pod addresses through the pod network, so traffic to the nodes in the shared part goes astray."
          }`,
          fix: clusterFix(svc),
          source: svc ? "kube-apiserver" : "routing",
        });
      }
      if (hits.further > 0) {
        out.push(
          furtherOverlapsFinding(
            {
              rule: this.id,
              severity: "error",
              fix: clusterFix(svc),
              source: svc ? "kube-apiserver" : "routing",
            },
            c,
            hits.named.map((ni) => nodes[ni]!),
            hits.further,
            "traffic to the nodes in the shared parts goes astray.",
          ),
        );
      }
    }
    const nodeFix = "Make node networks disjoint, or merge them into one entry.";
    for (const hits of laterOverlaps(nodes)) {
      const b = nodes[hits.owner]!;
      for (const i of hits.paired) {
        const a = nodes[i]!;
        const shared = sharedRange(a.range, b.range);
        if (!shared) continue;
        out.push({
          rule: this.id,
          severity: "warning",
          fields: [b.field, a.field],
          message: `The ${b.label} overlaps the ${a.label} (shared: ${describeRange(shared)}); node addresses may be counted twice and routes become ambiguous.`,
          fix: nodeFix,
          source: "routing",
        });
      }
      if (hits.further > 0) {
        out.push(
          furtherOverlapsFinding(
            { rule: this.id, severity: "warning", fix: nodeFix, source: "routing" },
            b,
            hits.named.map((i) => nodes[i]!),
            hits.further,
            "node addresses may be counted twice and routes become ambiguous.",
          ),
        );
      }
    }
    return out;
  },
};
