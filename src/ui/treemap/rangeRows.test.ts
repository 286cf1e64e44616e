import { describe, expect, it } from "vitest";
import { planDesigns } from "../../../test/layout/planDesigns.ts";
import { defaultDesign } from "../../core/design/defaults.ts";
import { designSchema } from "../../core/design/schema.ts";
import { overlaps, parsePrefix } from "../../core/ip/prefix.ts";
import { nextFreeBlock } from "../../layout/gaps.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { collectRanges } from "../../layout/rangeItems.ts";
import type { Scene } from "../../layout/scene.ts";
import { rangeRows, rowsToCsv } from "./rangeRows.ts";

describe("table of ranges and gaps", () => {
  for (const { name, design } of planDesigns()) {
    for (const family of design.ipFamilies) {
      it(`${name} ${family}: every range and gap in address order`, () => {
        const plan = buildPlanScene(design, family, 800) as Scene;
        const rows = rangeRows(plan, design);
        const ranges = collectRanges(design, family);
        // One row per range of the design (a start-end pool's blocks share one field).
        expect(
          rows
            .filter((r) => r.kind === "range")
            .map((r) => r.field)
            .sort(),
        ).toEqual([...new Set(ranges.map((r) => r.field))].sort());
        const firsts = rows.map((r) => parsePrefix(`${r.first}/${family === "ipv4" ? 32 : 128}`));
        for (let i = 1; i < firsts.length; i++) {
          const a = firsts[i - 1];
          const b = firsts[i];
          if (a?.ok && b?.ok) expect(b.value.prefix.network >= a.value.prefix.network).toBe(true);
        }
      });
    }
  }

  it("the next free /N of every gap overlaps no range, and taking it leaves a valid design", () => {
    const d = defaultDesign();
    const plan = buildPlanScene(d, "ipv4", 800) as Scene;
    const items = collectRanges(d, "ipv4");
    const gaps = rangeRows(plan, d).filter((r) => r.span);
    expect(gaps).toHaveLength(2);
    for (const g of gaps) {
      const block = g.span && nextFreeBlock(g.span, 24);
      expect(block).toBeDefined();
      if (!block) continue;
      expect(items.some((i) => overlaps(i.prefix, block))).toBe(false);
      const taken = { ...d, externalRanges: [{ name: "new", cidr: `${g.first}/24` }] };
      expect(designSchema.safeParse(taken).success).toBe(true);
    }
  });

  it("gives a start-end pool one row, written as the user wrote it, with its exact figures", () => {
    const d = {
      ...defaultDesign(),
      loadBalancer: {
        provider: "metallb" as const,
        avoidBuggyIPs: true,
        pools: [{ name: "lb", range: "10.200.0.10-10.200.1.60" }],
      },
      externalRanges: [{ name: "corp", cidr: "10.200.0.0/27" }],
    };
    const plan = buildPlanScene(d, "ipv4", 800) as Scene;
    const rows = rangeRows(plan, d).filter((r) => r.field === "loadBalancer.pools.0.range");
    expect(rows).toHaveLength(1);
    const row = rows[0];
    expect(row?.cidr).toBe("10.200.0.10-10.200.1.60");
    expect([row?.first, row?.last]).toEqual(["10.200.0.10", "10.200.1.60"]);
    expect(row?.size).toBe(307n);
    // avoidBuggyIPs: MetalLB skips the .0 and .255 addresses (10.200.0.255 and 10.200.1.0).
    expect(row?.usable).toBe(305n);
    expect(row?.notes).toContain("overlaps external range 10.200.0.0/27");
    // The row selects the pool's largest block, and the corp range notes the pool as written.
    expect(row?.id).toBe("ipv4:10.200.0.128/25:lb");
    const corp = rangeRows(plan, d).find((r) => r.field === "externalRanges.0.cidr");
    expect(corp?.notes).toContain("overlaps loadbalancer pool 10.200.0.10-10.200.1.60");
  });

  it("writes the same rows as CSV with a header, figures exact", () => {
    const d = defaultDesign();
    const rows = rangeRows(buildPlanScene(d, "ipv4", 800) as Scene, d);
    const csv = rowsToCsv("ipv4", rows).trimEnd().split("\r\n");
    expect(csv[0]).toBe("family,role,name,cidr,first,last,size,usable,notes");
    expect(csv).toHaveLength(rows.length + 1);
    expect(csv).toContain("ipv4,Pod range,,10.244.0.0/16,10.244.0.0,10.244.255.255,65536,64768,");
    expect(
      csv.some((l) => l.startsWith("ipv4,Free,,10.32.0.0/11,10.0.4.0,10.95.255.255,6290432,,")),
    ).toBe(true);
  });
});
