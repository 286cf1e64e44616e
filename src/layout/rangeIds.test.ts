import { describe, expect, it } from "vitest";
import { withPools } from "../../test/layout/planDesigns.ts";
import type { Design } from "../core/design/schema.ts";
import { cellById } from "./cellById.ts";
import { otherClusterItems } from "./clusterItems.ts";
import { buildPlanScene } from "./planScene.ts";
import {
  blockOf,
  collectRanges,
  idTag,
  itemBlocks,
  itemRange,
  unindexedTag,
} from "./rangeItems.ts";
import { buildScene, type Scene } from "./scene.ts";

/**
 * Ranges drawn on the same block: nested and identical `start-end` pools, identical CIDR pools,
 * a CIDR pool that is one of a run's blocks, repeated pod CIDRs, node networks and external
 * ranges (all valid input; the rules report the overlaps).
 */
function crowded(): Design {
  const d = withPools([
    "10.0.0.10-10.0.3.20",
    "10.0.0.10-10.0.3.20",
    "10.0.0.12-10.0.3.18",
    "10.0.1.0/24",
    "10.0.1.0/24",
    "10.0.2.0-10.0.2.255",
  ]);
  return {
    ...d,
    ipv4: {
      ...(d.ipv4 as NonNullable<Design["ipv4"]>),
      podCidrs: ["10.244.0.0/16", "10.244.0.0/16"],
    },
    nodes: {
      ...d.nodes,
      networks: [
        { name: "a", cidr: "192.168.0.0/24" },
        { name: "b", cidr: "192.168.0.0/24" },
      ],
    },
    externalRanges: [
      { name: "x", cidr: "172.16.0.0/12" },
      { name: "y", cidr: "172.16.0.0/12" },
    ],
  };
}

describe("range ids", () => {
  const design = crowded();
  const items = collectRanges(design, "ipv4");
  const id = (field: string): string | undefined => items.find((i) => i.field === field)?.id;

  it("gives every range its own id, nested and identical ranges included", () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    // A start-end pool's id is its largest block tagged with its index in the pool list.
    expect(id("loadBalancer.pools.0.range")).toBe("ipv4:10.0.1.0/24:lb#0");
    expect(id("loadBalancer.pools.1.range")).toBe("ipv4:10.0.1.0/24:lb#1");
    expect(id("loadBalancer.pools.2.range")).toBe("ipv4:10.0.1.0/24:lb#2");
    // A CIDR range keeps its CIDR id; one repeating an earlier range's CIDR and role is tagged.
    expect(id("loadBalancer.pools.3.range")).toBe("ipv4:10.0.1.0/24:lb");
    expect(id("loadBalancer.pools.4.range")).toBe("ipv4:10.0.1.0/24:lb#4");
    // A start-end pool that is one aligned block is a CIDR range.
    expect(id("loadBalancer.pools.5.range")).toBe("ipv4:10.0.2.0/24:lb");
    expect(id("ipv4.podCidrs.0")).toBe("ipv4:10.244.0.0/16:pods");
    expect(id("ipv4.podCidrs.1")).toBe("ipv4:10.244.0.0/16:pods#1");
    expect(id("nodes.networks.1.cidr")).toBe("ipv4:192.168.0.0/24:nodes#1");
    expect(id("externalRanges.1.cidr")).toBe("ipv4:172.16.0.0/12:external#1");
    expect(id("ipv4.serviceCidr")).toBe(`ipv4:${design.ipv4?.serviceCidr}:services`);
  });

  it("gives the same ids for the same design, however often it is read", () => {
    const again = collectRanges(structuredClone(design), "ipv4");
    expect(again.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it("names a run's blocks after their own pool, also where nested pools share them", () => {
    const [p1, p2, p3] = items.filter((i) => i.span);
    if (!p1 || !p2 || !p3) throw new Error("three runs expected");
    const block = blockOf(p3, itemRange(p3).first + 100n);
    expect(blockOf(p1, block.prefix.network).prefix).toEqual(block.prefix);
    expect(blockOf(p1, block.prefix.network).id).not.toBe(block.id);
    expect(idTag(block.id)).toBe("lb#2");
    expect(itemBlocks(p2).every((b) => idTag(b.id) === "lb#1")).toBe(true);
    const runs = new Set([p1, p2, p3].flatMap((p) => itemBlocks(p).map((b) => b.id)));
    const blocks = [p1, p2, p3].reduce((n, p) => n + itemBlocks(p).length, 0);
    expect(runs.size).toBe(blocks);
  });

  it("resolves each range's id, and each block's, to that range in the plan and at scale", () => {
    const plan = buildPlanScene(design, "ipv4", 900) as Scene;
    const scale = buildScene(design, "ipv4", 900, 600) as Scene;
    for (const item of items) {
      expect(cellById(plan, item.id)?.item?.field, item.id).toBe(item.field);
      for (const b of itemBlocks(item)) {
        expect(cellById(plan, b.id)?.item?.field, b.id).toBe(item.field);
        if (b.prefix.length >= 16) expect(cellById(scale, b.id)?.item?.field).toBe(item.field);
      }
    }
  });

  it("still finds a block by an id from before ranges had their own: the first pool's", () => {
    const plan = buildPlanScene(design, "ipv4", 900) as Scene;
    const old = cellById(plan, "ipv4:10.0.1.0/24:lb");
    // The CIDR pool 10.0.1.0/24 has that id itself.
    expect(old?.item?.field).toBe("loadBalancer.pools.3.range");
    const nested = cellById(plan, "ipv4:10.0.0.16/28:lb");
    expect(nested?.item?.field).toBe("loadBalancer.pools.0.range");
    expect(nested?.id).toBe("ipv4:10.0.0.16/28:lb#0");
  });

  it("reads a tag without its index the way ids before ADR 0113 wrote it", () => {
    const tags = collectRanges(crowded(), "ipv4").map((i) => idTag(i.id));
    expect(tags.filter((t) => t.includes("#")).map(unindexedTag)).toEqual(
      tags.filter((t) => t.includes("#")).map((t) => t.split("#")[0]),
    );
    expect(unindexedTag("lb#36@1")).toBe("lb@1");
    expect(unindexedTag("lb")).toBe("lb");
  });

  it("keeps another cluster's ids apart by cluster, its pools by index", () => {
    const others = otherClusterItems([design, { ...design, name: "two" }], 0, "ipv4");
    const all = [...items, ...others];
    expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
    const pool = others.find((i) => i.field === "clusters.1.loadBalancer.pools.2.range");
    expect(pool?.id).toBe("ipv4:10.0.1.0/24:lb#2@1");
    const plan = buildPlanScene(design, "ipv4", 900, undefined, {
      items: others,
      routing: "isolated",
    }) as Scene;
    const b = itemBlocks(pool!)[0]!;
    expect(b.id.endsWith(":lb#2@1")).toBe(true);
    expect(cellById(plan, b.id)?.item?.field).toBe(pool?.field);
  });
});
