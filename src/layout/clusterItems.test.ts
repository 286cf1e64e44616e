import { describe, expect, it } from "vitest";
import { planDesigns } from "../../test/layout/planDesigns.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { duplicateCluster } from "../core/plan/clusterEdits.ts";
import { planFindings } from "../core/plan/planFindings.ts";
import { formatPrefix } from "../core/ip/prefix.ts";
import { cellById } from "./cellById.ts";
import { clusterPath, idInCluster, otherClusterItems } from "./clusterItems.ts";
import { buildPlanScene } from "./planScene.ts";
import { collectRanges } from "./rangeItems.ts";
import { rangeLabel } from "./planLabels.ts";
import type { Scene } from "./scene.ts";

/** Two clusters: the default design and its copy (ranges moved clear by the plan edit). */
function twoClusters(): Design[] {
  const edit = duplicateCluster({ clusters: [defaultDesign()], routing: "connected" }, 0);
  if (!edit.ok) throw new Error(edit.error);
  return edit.value.plan.clusters;
}

/** `design` with its first IPv4 pod range replaced. */
const withPods = (design: Design, cidr: string): Design => ({
  ...design,
  ipv4: { ...design.ipv4!, podCidrs: [cidr] },
});

describe("the plan view of several clusters", () => {
  it("one cluster: no other ranges, and the scene is the one the design alone gives", () => {
    for (const { design } of planDesigns()) {
      for (const family of design.ipFamilies) {
        expect(otherClusterItems([design], 0, family)).toEqual([]);
        const alone = buildPlanScene(design, family, 800);
        const none = buildPlanScene(design, family, 800, undefined, {
          items: [],
          routing: "connected",
        });
        expect(none).toEqual(alone);
      }
    }
  });

  it("tags another cluster's ranges with its cluster, as plan paths; external ranges stay out", () => {
    const [a, b] = twoClusters() as [Design, Design];
    const withExternal = { ...b, externalRanges: [{ name: "office", cidr: "192.168.0.0/24" }] };
    const items = otherClusterItems([a, withExternal], 0, "ipv4");
    const own = collectRanges(withExternal, "ipv4").filter((i) => i.role !== "external");
    expect(items.map((i) => i.prefix)).toEqual(own.map((i) => i.prefix));
    expect(items.map((i) => i.field)).toEqual(own.map((i) => `clusters.1.${i.field}`));
    expect(items.map((i) => i.id)).toEqual(own.map((i) => `${i.id}@1`));
    expect(
      items.every((i) => i.cluster?.name === b.name && i.cluster.design === withExternal),
    ).toBe(true);
    expect(clusterPath(items[0]!.field)).toEqual({ index: 1, path: own[0]!.field });
    expect(clusterPath("ipv4.podCidrs.0")).toBeUndefined();
    expect(idInCluster(items[0]!.id)).toBe(own[0]!.id);
    // Memoised per design: the same list again.
    expect(otherClusterItems([a, withExternal], 0, "ipv4")[0]).toBe(items[0]);
    // The active cluster's ranges are never in the list.
    expect(
      otherClusterItems([a, withExternal], 1, "ipv4").every((i) => i.cluster?.index === 0),
    ).toBe(true);
  });

  it("draws every cluster's ranges in address order, the others' whole and selectable", () => {
    const [a, b] = twoClusters() as [Design, Design];
    const others = { items: otherClusterItems([a, b], 0, "ipv4"), routing: "connected" as const };
    const scene = buildPlanScene(a, "ipv4", 800, undefined, others) as Scene;
    const theirs = scene.layers.filter((l) => l.item?.cluster);
    expect(theirs.map((l) => l.item!.field).sort()).toEqual(
      others.items.map((i) => i.field).sort(),
    );
    // Drawn whole (their node subnets are their own cluster's), and found by id.
    expect(theirs.every((l) => l.type === "static" && l.kind === l.item!.role)).toBe(true);
    for (const l of theirs) expect(cellById(scene, l.id)?.item?.cluster?.index).toBe(1);
    // The active cluster's own layers are those of its own scene.
    const alone = buildPlanScene(a, "ipv4", 800) as Scene;
    expect(scene.layers.filter((l) => !l.item?.cluster && l.item).map((l) => l.id)).toEqual(
      alone.layers.filter((l) => l.item).map((l) => l.id),
    );
    const starts = scene.layers.filter((l) => l.item).map((l) => l.prefix.network);
    expect(starts).toEqual([...starts].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
    // A copy moved clear: nothing overlaps.
    expect(scene.found).toEqual([]);
  });

  it("hatches what the plan findings report across clusters, by the plan's routing", () => {
    const [a, b] = twoClusters() as [Design, Design];
    const pods = a.ipv4!.podCidrs[0]!;
    const clash = withPods(b, pods);
    const sameServices = { ...b, ipv4: { ...b.ipv4!, serviceCidr: a.ipv4!.serviceCidr } };
    const sceneOf = (other: Design, routing: "connected" | "isolated") =>
      buildPlanScene(a, "ipv4", 800, undefined, {
        items: otherClusterItems([a, other], 0, "ipv4"),
        routing,
      }) as Scene;
    const found = sceneOf(clash, "connected").found;
    expect(found.map((o) => formatPrefix(o.prefix))).toEqual([pods]);
    expect([found[0]!.a.cluster?.index, found[0]!.b.cluster?.index]).toEqual([undefined, 1]);
    expect(planFindings({ clusters: [a, clash], routing: "connected" })[0]?.rule).toBe(
      "plan-pod-ranges-distinct",
    );
    // Repeated Service ranges: an overlap while the clusters route, none when isolated.
    expect(sceneOf(sameServices, "connected").found).toHaveLength(1);
    expect(sceneOf(sameServices, "isolated").found).toEqual([]);
    expect(planFindings({ clusters: [a, sameServices], routing: "isolated" })).toEqual([]);
  });

  it("another cluster's start-end pool is one range whose blocks keep their cluster", () => {
    const [a, b] = twoClusters() as [Design, Design];
    const pooled: Design = {
      ...b,
      loadBalancer: {
        ...b.loadBalancer,
        pools: [{ name: "lb", range: "10.250.0.10-10.250.1.60" }],
      },
    };
    const others = {
      items: otherClusterItems([a, pooled], 0, "ipv4"),
      routing: "connected" as const,
    };
    const scene = buildPlanScene(a, "ipv4", 800, undefined, others) as Scene;
    const run = scene.layers.find((l) => l.type === "run");
    expect(run?.item?.cluster?.index).toBe(1);
    expect(run?.id).toBe("ipv4:10.250.0.128/25:lb#0@1");
    // A block of it, by id: the block of cluster 1's pool, not a range of the active cluster.
    const block = cellById(scene, "ipv4:10.250.0.16/28:lb#0@1");
    expect(block?.item?.cluster?.name).toBe(pooled.name);
    expect(block?.item?.field).toBe("clusters.1.loadBalancer.pools.0.range");
    expect(block?.id).toBe("ipv4:10.250.0.16/28:lb#0@1");
    expect(cellById(scene, "ipv4:10.250.0.16/28:lb")).toBeUndefined();
    expect(cellById(scene, "ipv4:10.250.0.16/28:lb#0")).toBeUndefined();
    expect(rangeLabel(run!.item!)[0]).toBe(`${pooled.name} · LoadBalancer pool lb`);
  });
});
