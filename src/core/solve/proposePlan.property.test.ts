import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fitsByTree } from "../../../test/core/solve/fitsByTree.ts";
import { analyse } from "../analysis/analyseDesign.ts";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import { defaultCni } from "../design/defaults.ts";
import type { CniKind, Design } from "../design/schema.ts";
import {
  contains,
  formatPrefix,
  lastAddress,
  prefixAt,
  prefixOf,
  type Prefix,
} from "../ip/prefix.ts";
import type { AddressRange } from "../ip/range.ts";
import { baseDesign, nodesToHold } from "./baseDesign.ts";
import { proposePlan } from "./proposePlan.ts";
import { specialToAvoid } from "./rangesToAvoid.ts";
import { sizeFamily } from "./sizeFamily.ts";
import type { PlanInput, Placed } from "./types.ts";

const KINDS: CniKind[] = ["generic", "cilium", "calico", "flannel", "azure-overlay"];
/** Private /16s the budgets are drawn from (10.0/16 ... and 192.168/16). */
const HOMES = [0x0a000000, 0x0a280000, 0xac100000, 0xc0a80000];

const span = (p: Prefix): AddressRange => ({
  family: p.family,
  first: p.network,
  last: lastAddress(p),
});
const touches = (a: AddressRange, b: AddressRange) => a.first <= b.last && b.first <= a.last;

/** Small IPv4 cases: one or two budgets of a /20 to a /24, ranges to avoid inside them. */
const smallCase = fc
  .record({
    home: fc.constantFrom(...HOMES),
    budgets: fc.array(
      fc.record({
        length: fc.integer({ min: 20, max: 24 }),
        slot: fc.integer({ min: 0, max: 15 }),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    avoid: fc.array(
      fc.record({
        budget: fc.nat(),
        offset: fc.integer({ min: 0, max: 4095 }),
        size: fc.integer({ min: 1, max: 1024 }),
      }),
      { maxLength: 3 },
    ),
    kind: fc.constantFrom(...KINDS),
    nodes: fc.integer({ min: 1, max: 24 }),
    more: fc.integer({ min: 0, max: 24 }),
    surge: fc.integer({ min: 0, max: 3 }),
    pods: fc.integer({ min: 4, max: 110 }),
    services: fc.integer({ min: 1, max: 400 }),
    lb: fc.integer({ min: 0, max: 20 }),
    clusters: fc.integer({ min: 1, max: 2 }),
  })
  .map((r): PlanInput => {
    // Budgets in distinct /20 slots of the home /16, so they never overlap.
    const slots = [...new Set(r.budgets.map((b) => b.slot))];
    const budgets = slots.map((slot, i) =>
      prefixAt("ipv4", BigInt(r.home + slot * 4096), r.budgets[i]!.length),
    );
    const avoid = r.avoid.map((a): AddressRange => {
      const budget = budgets[a.budget % budgets.length]!;
      const size = lastAddress(budget) - budget.network + 1n;
      const first = budget.network + (BigInt(a.offset) % size);
      return { family: "ipv4", first, last: first + BigInt(a.size) - 1n };
    });
    return {
      budgets,
      avoid,
      cni: defaultCni(r.kind),
      clusters: r.clusters,
      requirements: {
        nodes: r.nodes,
        maxNodes: r.nodes + r.more,
        surge: r.surge,
        podsPerNode: r.kind === "azure-overlay" ? Math.min(r.pods, 250) : r.pods,
        services: r.services,
        lbAddresses: r.lb,
      },
    };
  });

/** Every range a design holds, as prefixes (pods, Services, node networks, LoadBalancer pools). */
function designBlocks(design: Design): Prefix[] {
  const texts = [
    ...(design.ipv4 ? [...design.ipv4.podCidrs, design.ipv4.serviceCidr] : []),
    ...design.nodes.networks.map((n) => n.cidr),
    ...design.loadBalancer.pools.map((p) => p.range),
  ];
  return texts.flatMap((t) => prefixOf(t) ?? []);
}

/** The requirements, read back through core's capacity (never re-derived here). */
function meetsRequirements(design: Design, input: PlanInput): string[] {
  const req = input.requirements;
  const cap = computeCapacity(design);
  const hold = BigInt(nodesToHold(req));
  const v4 = cap.ipv4;
  const misses: string[] = [];
  if (BigInt(cap.nodesNeeded) < hold) misses.push(`states ${cap.nodesNeeded} nodes < ${hold}`);
  if (cap.maxNodes < hold) misses.push(`holds ${cap.maxNodes} nodes < ${hold}`);
  if (!v4 || v4.serviceIPs < BigInt(req.services)) misses.push(`Service IPs < ${req.services}`);
  if (v4 && v4.podsPerNode < req.podsPerNode && v4.nodeSubnets > 0n)
    misses.push(`pods per node ${v4.podsPerNode} < ${req.podsPerNode}`);
  if (req.lbAddresses > 0 && (cap.lbPools[0]?.addresses ?? 0n) < BigInt(req.lbAddresses))
    misses.push(`LoadBalancer addresses < ${req.lbAddresses}`);
  return misses;
}

/** Every block the solver sized, for every cluster (what the brute force must place). */
function sizedLengths(input: PlanInput): number[] | undefined {
  const base = baseDesign(input.requirements, input.cni, ["ipv4"]);
  if (!base.ok) return undefined;
  const sizes = sizeFamily(base.value, "ipv4", input.requirements, true);
  if (sizes.missing.length > 0) return undefined;
  const one = sizes.ranges.map((r) => r.length);
  return Array.from({ length: input.clusters ?? 1 }, () => one).flat();
}

describe("fitsByTree (the brute force itself)", () => {
  const p = (t: string) => prefixOf(t)!;
  it("finds a packing first-fit order would need to think about, and refuses a full budget", () => {
    expect(fitsByTree([p("10.0.0.0/24")], [], [25, 26, 26])).toBe(true);
    expect(fitsByTree([p("10.0.0.0/24")], [], [25, 25, 26])).toBe(false);
    const hole = span(p("10.0.0.64/26"));
    expect(fitsByTree([p("10.0.0.0/24")], [hole], [25, 26])).toBe(true);
    expect(fitsByTree([p("10.0.0.0/24")], [hole], [25, 25])).toBe(false);
    expect(fitsByTree([p("10.0.0.0/24"), p("10.0.5.0/24")], [], [24, 24])).toBe(true);
  });
});

describe("proposePlan: properties on small budgets", () => {
  it("every proposal fits the budget, avoids what it must, is aligned and meets the requirements", () => {
    let proposed = 0;
    fc.assert(
      fc.property(smallCase, (input) => {
        const result = proposePlan(input);
        if (!result.ok) return;
        proposed += 1;
        const special = specialToAvoid(input.cni);
        const placed: Placed[] = result.plan.placed;
        for (const [i, block] of placed.entries()) {
          const size = 1n << BigInt(32 - block.prefix.length);
          expect(block.prefix.network % size).toBe(0n);
          expect(input.budgets.some((b) => contains(b, block.prefix))).toBe(true);
          const s = span(block.prefix);
          expect(input.avoid.some((a) => touches(a, s))).toBe(false);
          expect(special.some((a) => touches(a, s))).toBe(false);
          for (const other of placed.slice(i + 1))
            expect(touches(s, span(other.prefix))).toBe(false);
        }
        for (const [c, design] of result.plan.designs.entries()) {
          // The design holds exactly its cluster's placed blocks, nothing else.
          const held = designBlocks(design).map(formatPrefix).sort();
          const own = placed.filter((x) => x.cluster === c).map((x) => x.cidr);
          expect(held).toEqual(own.sort());
          expect(meetsRequirements(design, input)).toEqual([]);
          expect(analyse(design).findings.filter((f) => f.severity === "error")).toEqual([]);
        }
        expect(
          fitsByTree(input.budgets, [...input.avoid, ...special], sizedLengths(input) ?? []),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
    // The generator must reach proposals, not only refusals.
    expect(proposed).toBeGreaterThan(5);
  });

  it("when the solver says nothing fits, no aligned placement of the sized blocks fits either", () => {
    let refused = 0;
    fc.assert(
      fc.property(smallCase, (input) => {
        const result = proposePlan(input);
        // The only refusal without a shortfall: requirements the design cannot state.
        if (!result.ok && result.shortfalls.length === 0) {
          expect(result.error).toMatch(/the design's headroom limit$/);
        }
        if (result.ok || result.shortfalls.length === 0) return;
        refused += 1;
        const lengths = sizedLengths(input);
        expect(lengths).toBeDefined();
        const avoid = [...input.avoid, ...specialToAvoid(input.cni)];
        expect(fitsByTree(input.budgets, avoid, lengths ?? [])).toBe(false);
      }),
      { numRuns: 80 },
    );
    expect(refused).toBeGreaterThan(10);
  });
});
