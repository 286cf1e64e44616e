import { crossPairs } from "../ip/overlappingPairs.ts";
import type { Finding } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
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
    const pairs = crossPairs(
      cluster.map((r) => r.range),
      external.map((e) => e.range),
    );
    for (const [ri, ei] of pairs) {
      const r = cluster[ri]!;
      const e = external[ei]!;
      const shared = sharedRange(r.range, e.range);
      if (shared) {
        out.push({
          rule: this.id,
          severity: "error",
          fields: [r.field, e.field],
          message: `The ${r.label} overlaps the ${e.label} (shared: ${describeRange(shared)}); traffic from the cluster to those addresses stays inside the cluster and never reaches "${e.name ?? ""}".`,
          fix: `Move the ${r.role === "lb" ? "pool" : "range"} out of ${describeRange(e.range)}.`,
          source: "routing",
        });
      }
    }
    return out;
  },
};
