import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyseDesign.ts";
import { applyFix } from "../../design/applyFix.ts";
import { chooseCni } from "../../design/chooseCni.ts";
import { defaultCni, defaultDesign } from "../../design/defaults.ts";
import type { CniKind, Design } from "../../design/schema.ts";
import { formatPrefix, prefixAt } from "../../ip/prefix.ts";
import type { Finding } from "../../rules/finding.ts";
import { withFixes } from "./withFixes.ts";

const KINDS: CniKind[] = ["generic", "cilium", "calico", "flannel", "azure-overlay"];
const v4 = (value: number, length: number) =>
  formatPrefix(prefixAt("ipv4", BigInt(value >>> 0), length));
const keyOf = (f: Finding) => `${f.rule}|${f.severity}|${f.fields[0] ?? ""}`;

/** Designs likely to have fixable findings: too many nodes, small masks, overlaps, special ranges. */
const design = fc
  .record({
    kind: fc.constantFrom(...KINDS),
    count: fc.integer({ min: 1, max: 3000 }),
    headroom: fc.integer({ min: 0, max: 50 }),
    maxPods: fc.integer({ min: 10, max: 300 }),
    podAt: fc.integer({ min: 0, max: 0xffffff }),
    podLength: fc.integer({ min: 12, max: 24 }),
    mask: fc.integer({ min: 20, max: 28 }),
    serviceOverlaps: fc.boolean(),
    serviceLength: fc.integer({ min: 9, max: 31 }),
    nodesLength: fc.integer({ min: 22, max: 28 }),
    special: fc.boolean(),
  })
  .map((r): Design => {
    const base = chooseCni(defaultDesign(), defaultCni(r.kind)).design;
    const pods = r.special
      ? v4(0xe0000000 + r.podAt, r.podLength)
      : v4(0x0a000000 + r.podAt, r.podLength);
    return {
      ...base,
      ipv4: {
        podCidrs: [pods],
        nodeMask: r.kind === "azure-overlay" ? 24 : r.mask,
        serviceCidr: r.serviceOverlaps
          ? v4(0x0a000000 + r.podAt, 20)
          : v4(0x0a600000, r.serviceLength),
      },
      nodes: {
        ...base.nodes,
        count: r.count,
        headroomPercent: r.headroom,
        maxPods: r.kind === "azure-overlay" ? Math.min(r.maxPods, 250) : r.maxPods,
        networks: [{ name: "nodes", cidr: v4(0x0a000000, r.nodesLength) }],
      },
    };
  });

describe("withFixes: properties", () => {
  it("every offered fix removes its finding and adds no error", () => {
    let offered = 0;
    fc.assert(
      fc.property(design, (d) => {
        const findings = withFixes(d, analyse(d).findings);
        const before = new Set(findings.map(keyOf));
        for (const finding of findings) {
          for (const fix of finding.fixes ?? []) {
            offered += 1;
            const edit = applyFix(d, fix);
            expect(edit.ok).toBe(true);
            if (!edit.ok) continue;
            const after = analyse(edit.value.design).findings;
            expect(after.map(keyOf)).not.toContain(keyOf(finding));
            const added = after.filter((f) => f.severity === "error" && !before.has(keyOf(f)));
            expect(added).toEqual([]);
          }
        }
      }),
      { numRuns: 40 },
    );
    // The generator must exercise fixes, or the property says nothing.
    expect(offered).toBeGreaterThan(20);
  });
});
