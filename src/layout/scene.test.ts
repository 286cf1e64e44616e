import { describe, expect, it } from "vitest";
import { defaultDesign, defaultCni } from "../core/design/defaults.ts";
import { PRESETS } from "../core/design/presets.ts";
import type { Design } from "../core/design/schema.ts";
import { formatPrefix, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import type { Finding } from "../core/rules/finding.ts";
import { cellById } from "./cellById.ts";
import { findingForOverlap } from "./overlaps.ts";
import { buildScene } from "./scene.ts";
import { cellAt, visibleCells } from "./visibleCells.ts";
import { findCell } from "../../test/layout/findCell.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;
const big = (pods: string, mask: number): Design => ({
  ...defaultDesign(),
  ipFamilies: pods.includes(":") ? ["ipv6"] : ["ipv4"],
  ...(pods.includes(":")
    ? {
        ipv4: undefined,
        ipv6: { podCidrs: [pods], nodeMask: mask, serviceCidr: "fd00:0:0:ffff::/112" },
      }
    : { ipv4: { podCidrs: [pods], nodeMask: mask, serviceCidr: "10.96.0.0/12" } }),
  nodes: { networks: [], count: 5000, headroomPercent: 10, maxPods: 110 },
  cni: defaultCni("cilium"),
});

describe("buildScene", () => {
  it("golden rectangles for the default design in a 512 x 512 view of 10.0.0.0/8", () => {
    const scene = buildScene(defaultDesign(), "ipv4", 512, 512);
    expect(scene && formatPrefix(scene.root)).toBe("10.0.0.0/8");
    const rects = Object.fromEntries(
      scene?.layers.filter((l) => l.item).map((l) => [l.id, l.rect]) ?? [],
    );
    // 244 = 1111 0100: vertical bits 1,1,0,0 -> x 384; horizontal bits 1,1,1,0 -> y 448.
    expect(rects["ipv4:10.244.0.0/16:pods"]).toEqual({ x: 384, y: 448, width: 32, height: 32 });
    // 96 = 0110: vertical 0,1 -> x 128; horizontal 1,0 -> y 256.
    expect(rects["ipv4:10.96.0.0/12:services"]).toEqual({
      x: 128,
      y: 256,
      width: 128,
      height: 128,
    });
    expect(rects["ipv4:10.0.0.0/22:nodes"]).toEqual({ x: 0, y: 0, width: 4, height: 4 });
    expect(scene?.overlaps).toEqual([]);
  });

  it("is deterministic", () => {
    const d = PRESETS.find((x) => x.id === "openshift")?.design as Design;
    expect(buildScene(d, "ipv4", 300, 200)).toEqual(buildScene(d, "ipv4", 300, 200));
  });

  it("free blocks and ranges tile the root with no gap", () => {
    const scene = buildScene(defaultDesign(), "ipv4", 512, 512);
    const freeArea =
      scene?.layers
        .filter((l) => l.type === "static" && l.kind === "free")
        .reduce((a, l) => a + l.rect.width * l.rect.height, 0) ?? 0;
    // Disjoint ranges: pods /16, services /12, nodes /22 inside a /8.
    const used = 512 * 512 * (1 / 256 + 1 / 16 + 1 / 16384);
    expect(freeArea + used).toBeCloseTo(512 * 512, 6);
  });

  it("finds the Cilium preset's overlap and links it to the finding naming both fields", () => {
    const d = PRESETS.find((x) => x.id === "cilium")?.design as Design;
    const scene = buildScene(d, "ipv4", 512, 512);
    expect(scene?.overlaps.map((o) => formatPrefix(o.overlap.prefix))).toEqual(["10.96.0.0/12"]);
    const o = scene?.overlaps[0]?.overlap;
    const findings: Finding[] = [
      { rule: "other", severity: "warning", fields: ["ipv4.podCidrs.0"], message: "x" },
      {
        rule: "pod-service-overlap",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "ipv4.serviceCidr"],
        message: "y",
      },
    ];
    expect(o && findingForOverlap(o, findings)?.rule).toBe("pod-service-overlap");
    const r = scene?.overlaps[0]?.rect;
    const hit = scene && r && cellAt(scene, r.x + r.width / 2, r.y + r.height / 2, 1);
    expect(hit?.kind).toBe("overlap");
  });
});

describe("level of detail", () => {
  // Speed is the bench's (treemap.firstRender at 1,048,576 subnets); here, the work is bounded:
  // a few hundred cells for 2^20 subnets, whatever the machine's load.
  it("2^20 node subnets (10.0.0.0/8, /28): classifies with bigint into few cells; counts add up", () => {
    const scene = buildScene(big("10.0.0.0/8", 28), "ipv4", 1024, 1024);
    if (!scene) throw new Error("no scene");
    const { cells, grids } = visibleCells(scene, {
      x: 0,
      y: 0,
      width: 1024,
      height: 1024,
      scale: 1,
    });
    const node = cells.filter((c) => c.units?.unit === "node");
    const total = node.reduce(
      (a, c) => a + Object.values(c.units?.counts ?? {}).reduce((x, y) => x + (y as bigint), 0n),
      0n,
    );
    expect(total).toBe(1n << 20n);
    const allocated = node.reduce((a, c) => a + (c.units?.counts["node-allocated"] ?? 0n), 0n);
    expect(allocated).toBe(5000n);
    // Only blocks straddling a boundary (5000 | 5500) are mixed; everything else is one cell per run.
    expect(node.filter((c) => c.kind === "mixed").length).toBeLessThanOrEqual(2);
    expect(node.length).toBeLessThan(200);
    expect(grids[0]?.cellWidth).toBe(4);
  });

  it("emits only cells in the viewport when zoomed", () => {
    const scene = buildScene(big("fd00::/48", 64), "ipv6", 1024, 1024);
    if (!scene) throw new Error("no scene");
    const view = { x: 512, y: 512, width: 64, height: 64, scale: 16 };
    const { cells } = visibleCells(scene, view);
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      expect(
        c.rect.x + c.rect.width > 512 &&
          c.rect.x < 576 &&
          c.rect.y + c.rect.height > 512 &&
          c.rect.y < 576,
      ).toBe(true);
    }
  });

  it("hover finds the single node subnet once it is big enough, and cellById finds it again", () => {
    const scene = buildScene(big("10.0.0.0/8", 24), "ipv4", 1024, 1024);
    if (!scene) throw new Error("no scene");
    const hit = cellAt(scene, 1, 1, 4);
    expect(hit?.id).toBe("ipv4:10.0.0.0/24:node");
    expect(hit?.kind).toBe("node-allocated");
    const again = cellById(scene, "ipv4:10.0.0.0/24:node");
    expect(again?.rect).toEqual(hit?.rect);
    expect(cellById(scene, "ipv4:10.0.0.0/8:pods")?.kind).toBe("pods");
    expect(cellById(scene, "ipv4:11.0.0.0/24:node")).toBeUndefined();
  });

  it("drilling into a node subnet shows its addresses; into the Service range, kubernetes and DNS IPs", () => {
    const d = defaultDesign();
    const sub = buildScene(d, "ipv4", 256, 256, p("10.244.0.0/24"));
    const gw = sub && cellAt(sub, 0, 17, 1);
    expect(gw?.id).toBe("ipv4:10.244.0.1/32:address");
    expect(gw?.kind).toBe("addr-gateway");
    const svc = buildScene(d, "ipv4", 256, 256, p("10.96.0.0/24"));
    const dns = svc && cellById(svc, "ipv4:10.96.0.10/32:address");
    expect(dns?.kind).toBe("svc-dns");
  });
});

describe("findCell (test support)", () => {
  it("finds ranges, node subnets and addresses by id, and nothing once an edit removes them", () => {
    const d = defaultDesign();
    expect(findCell(d, "ipv4:10.244.0.0/16:pods")?.kind).toBe("pods");
    expect(findCell(d, "ipv4:10.244.0.0/24:node")?.kind).toBe("node-allocated");
    expect(findCell(d, "ipv4:10.244.0.1/32:address")?.kind).toBe("addr-gateway");
    const moved = {
      ...d,
      ipv4: { podCidrs: ["10.245.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    };
    expect(findCell(moved, "ipv4:10.244.0.0/16:pods")).toBeUndefined();
    expect(findCell(moved, "ipv4:10.96.0.0/12:services")?.kind).toBe("services");
  });
});
