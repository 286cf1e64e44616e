import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import { furtherOverlapsFinding, overlapsAcross } from "./moreOverlaps.ts";
import type { Rule } from "./rule.ts";

/** Nothing of the cluster may overlap an external range (VPC peer, on-prem, VPN, Docker bridge...). */
export const overlapExternal: Rule = {
  id: "overlap-external",
  title: "No cluster range may overlap an external range",
  source: "design: external ranges are networks the cluster must reach or avoid",
  check(ctx) {
    const external = ctx.ranges.filter((r) => r.role === "external");
    const out: Finding[] = [];
    const cluster = ctx.ranges.filter((r) => r.role !== "external");
    for (const hits of overlapsAcross(cluster, external)) {
      const r = cluster[hits.owner]!;
      for (const ei of hits.paired) {
        const e = external[ei]!;
        const shared = sharedRange(r.range, e.range);
        if (!shared) continue;
        out.push({
          rule: this.id,
          severity: "error",
          fields: [r.field, e.field],
          message: `The ${r.label} overlaps the ${e.label} (shared: ${describeRange(shared)}); traffic from the cluster to those addresses stays inside the cluster and never reaches "${e.name ?? ""}".`,
          fix: `Move the ${r.role === "lb" ? "pool" : "range"} out of ${describeRange(e.range)}.`,
          source: "routing",
        });
      }
      if (hits.further > 0) {
        out.push(
          furtherOverlapsFinding(
            {
              rule: this.id,
              severity: "error",
              fix: `Move the ${r.role === "lb" ? "pool" : "range"} out of every external range.`,
              source: "routing",
            },
            r,
            hits.named.map((ei) => external[ei]!),
            hits.further,
            "traffic from the cluster to those addresses stays inside the cluster.",
          ),
        );
      }
    }
    return out;
  },
};
