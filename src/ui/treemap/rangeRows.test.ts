import { describe, expect, it } from "vitest";
import { planDesigns } from "../../../test/layout/planDesigns.ts";
import { defaultDesign } from "../../core/design/defaults.ts";
import { designSchema } from "../../core/design/schema.ts";
import { overlaps, parsePrefix } from "../../core/ip/prefix.ts";
import { nextFreeBlock } from "../../layout/gaps.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { collectRanges } from "../../layout/rangeItems.ts";
import { otherClusterItems } from "../../layout/clusterItems.ts";
import { cellFacts } from "./cellFacts.ts";
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
    expect(row?.id).toBe("ipv4:10.200.0.128/25:lb#0");
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

  it("lists another cluster's ranges with its cluster and its own figures; CSV gains a column", () => {
    const a = defaultDesign();
    // The other cluster: another name, pods with /26 per node, so its figures differ from a's.
    const b = {
      ...a,
      name: "east",
      ipv4: { ...a.ipv4!, podCidrs: ["10.244.0.0/16"], nodeMask: 26, serviceCidr: "10.97.0.0/16" },
      nodes: { ...a.nodes, networks: [] },
    };
    const others = { items: otherClusterItems([a, b], 0, "ipv4"), routing: "connected" as const };
    const plan = buildPlanScene(a, "ipv4", 800, undefined, others) as Scene;
    const rows = rangeRows(plan, a);
    const theirs = rows.filter((r) => r.cluster === "east");
    // In address order among the active cluster's rows: Service 10.97.0.0/16, then pods.
    expect(theirs.map((r) => r.role)).toEqual(["Service range", "Pod range"]);
    const alone = rangeRows(buildPlanScene(b, "ipv4", 800) as Scene, b);
    const ownPods = alone.find((r) => r.role === "Pod range");
    const ownPodsOfA = rows.find((r) => r.role === "Pod range" && !r.cluster);
    expect(theirs[1]?.usable).toBe(ownPods?.usable);
    expect(theirs[1]?.usable).not.toBe(ownPodsOfA?.usable);
    // The shared pod range is noted on both rows, naming the other cluster.
    expect(ownPodsOfA?.notes).toContain("overlaps pod range 10.244.0.0/16 of cluster east");
    expect(theirs[1]?.notes).toContain(`overlaps pod range 10.244.0.0/16 of cluster ${a.name}`);
    // Its cell says which cluster it is, in the tooltip, the details and the options.
    const cell = plan.layers.find((l) => l.item?.cluster && l.item.role === "pods");
    const facts = cellFacts(
      { ...cell!, kind: "pods", item: cell!.item, overlap: undefined, units: undefined },
      a,
    );
    expect(facts.accessibleName).toMatch(/^Cluster east: Pod range 10\.244\.0\.0\/16/);
    expect(facts.title).toMatch(/of cluster east$/);
    // CSV: a cluster column after the family, each range's cluster, empty for gaps.
    const csv = rowsToCsv("ipv4", rows, a.name).trimEnd().split("\r\n");
    expect(csv[0]).toBe("family,cluster,role,name,cidr,first,last,size,usable,notes");
    expect(csv.filter((l) => l.startsWith("ipv4,east,"))).toHaveLength(2);
    expect(csv.filter((l) => l.startsWith(`ipv4,${a.name},`))).toHaveLength(
      rows.filter((r) => r.kind === "range" && !r.cluster).length,
    );
    expect(csv.some((l) => l.startsWith("ipv4,,Free,"))).toBe(true);
  });
});
