import { describe, expect, it } from "vitest";
import { hostileLinkDesign } from "../../../test/core/codec/hostileLinks.ts";
import { withPools } from "../../../test/layout/planDesigns.ts";
import type { Family } from "../../core/ip/family.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import type { Design } from "../../core/design/schema.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { collectRanges } from "../../layout/rangeItems.ts";
import { buildScene, type Scene } from "../../layout/scene.ts";
import { mapOptions } from "./mapOptions.ts";
import { rangeRows } from "./rangeRows.ts";
import { optionName } from "./useMapOptions.ts";

/** The names of the options of LoadBalancer pools, by pool name. */
function poolNames(scene: Scene, design: Design, family: Family): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of mapOptions(scene, undefined, family)) {
    const item = o.cell.item;
    if (item?.role === "lb" && !o.cell.overlap) out.set(item.name, optionName(o, design));
  }
  return out;
}

// A `start-end` pool's option once read `LoadBalancer pool "p37" fd00:4000::/18`: its largest
// block, while its label and row write the pool's own range.
describe.each(["ipv6", "ipv4"] as const)("the 64-pool %s link's pool options", (family) => {
  const design = hostileLinkDesign(family);
  const pools = collectRanges(design, family).filter((i) => i.role === "lb");

  it("name each pool by its range as its table row writes it, never its block", () => {
    const plan = buildPlanScene(design, family, 1200) as Scene;
    const rows = new Map(rangeRows(plan, design).map((r) => [r.name, r.cidr]));
    const names = poolNames(plan, design, family);
    expect(pools).toHaveLength(64);
    expect(new Set(names.values()).size).toBe(64);
    for (const pool of pools) {
      expect(pool.span, pool.name).toBeDefined();
      const cidr = rows.get(pool.name);
      expect(cidr, pool.name).toContain("-");
      expect(names.get(pool.name)).toBe(`LoadBalancer pool "${pool.name}" ${cidr}`);
      expect(names.get(pool.name)).not.toContain(formatPrefix(pool.prefix));
    }
    if (family === "ipv6")
      expect(names.get("p37")).toBe(
        'LoadBalancer pool "p37" fd00::4b-fd00:ffff:ffff:ffff:ffff:ffff:ffff:ffb4',
      );
  });

  it("name them so in the true-scale view too, where a pool is drawn as its blocks", () => {
    const scale = buildScene(design, family, 1200, 800) as Scene;
    const plan = buildPlanScene(design, family, 1200) as Scene;
    const rows = new Map(rangeRows(plan, design).map((r) => [r.name, r.cidr]));
    const names = poolNames(scale, design, family);
    expect(names.size).toBe(64);
    for (const [pool, name] of names)
      expect(name).toBe(`LoadBalancer pool "${pool}" ${rows.get(pool)}`);
  });
});

describe("options of ranges that are single blocks", () => {
  it("keep their CIDR names (a CIDR pool, a start-end pool that is one block, node networks)", () => {
    const design = withPools(["10.0.0.0/22", "10.0.8.0-10.0.8.255", "10.0.9.10-10.0.9.20"]);
    for (const scene of [
      buildPlanScene(design, "ipv4", 900),
      buildScene(design, "ipv4", 900, 600),
    ] as Scene[]) {
      const names = poolNames(scene, design, "ipv4");
      expect(names.get("p1")).toBe('LoadBalancer pool "p1" 10.0.0.0/22');
      expect(names.get("p2")).toBe('LoadBalancer pool "p2" 10.0.8.0/24');
      expect(names.get("p3")).toBe('LoadBalancer pool "p3" 10.0.9.10-10.0.9.20');
      const all = mapOptions(scene, undefined, "ipv4").map((o) => optionName(o, design));
      const net = design.nodes.networks[0];
      expect(all).toContain(`Node network "${net?.name}" ${net?.cidr}`);
    }
  });
});
