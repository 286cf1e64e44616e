import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyseDesign.ts";
import { defaultDesign } from "../design/defaults.ts";
import { OVERLAP_PAIRS_PER_RANGE } from "./moreOverlaps.ts";

/** The default design with `n` nested LoadBalancer pools 192.0.2.0/24, /25, /26... (all overlap). */
function nestedPools(n: number) {
  const d = defaultDesign();
  d.loadBalancer.pools = Array.from({ length: n }, (_, i) => ({
    name: `p${i}`,
    range: `192.0.2.0/${24 + i}`,
  }));
  return d;
}

const lbFindings = (n: number, field?: string) =>
  analyse(nestedPools(n)).findings.filter(
    (f) => f.rule === "overlap-lb-pools" && (field === undefined || f.fields[0] === field),
  );

describe("overlaps beyond the first of a range", () => {
  it("are one finding naming the next three and counting the rest", () => {
    // p6 overlaps p0..p5: a pair finding for p0, then one for the five others.
    const findings = lbFindings(7, "loadBalancer.pools.6.range");
    expect(OVERLAP_PAIRS_PER_RANGE).toBe(1);
    expect(findings).toHaveLength(2);
    expect(findings[0]?.fields).toEqual([
      "loadBalancer.pools.6.range",
      "loadBalancer.pools.0.range",
    ]);
    expect(findings[0]?.message).toContain(
      'MetalLB refuses the configuration: "CIDR "192.0.2.0/30" in pool "p6" overlaps with already defined CIDR "192.0.2.0/24""',
    );
    const rest = findings[1];
    expect(rest?.severity).toBe("error");
    expect(rest?.message).toBe(
      [
        'The LoadBalancer pool "p6" (192.0.2.0/30) also overlaps 5 more ranges',
        '(LoadBalancer pool "p1" (192.0.2.0/25), LoadBalancer pool "p2" (192.0.2.0/26),',
        'LoadBalancer pool "p3" (192.0.2.0/27) and 2 more); MetalLB refuses the configuration.',
      ].join(" "),
    );
    expect(rest?.fields).toEqual([
      "loadBalancer.pools.6.range",
      "loadBalancer.pools.1.range",
      "loadBalancer.pools.2.range",
      "loadBalancer.pools.3.range",
    ]);
  });

  it("a range with one overlap gets its pair finding only; with two, no count of more", () => {
    expect(lbFindings(2).map((f) => f.message.includes("also overlaps"))).toEqual([false]);
    const second = lbFindings(3, "loadBalancer.pools.2.range");
    expect(second).toHaveLength(2);
    expect(second[1]?.message).toContain(
      'also overlaps 1 more range (LoadBalancer pool "p1" (192.0.2.0/25));',
    );
  });

  it("1,000 nested pools give a linear number of findings", () => {
    const d = defaultDesign();
    d.loadBalancer.pools = Array.from({ length: 1000 }, (_, i) => ({
      name: `p${i}`,
      range: `10.200.0.${i % 250}-10.200.${(i >> 2) + 4}.255`,
    }));
    const many = analyse(d).findings.filter((f) => f.rule === "overlap-lb-pools");
    // A pair finding and one more finding per later pool, against 499,500 pairs.
    expect(many).toHaveLength(1 + 2 * 998);
  });
});
