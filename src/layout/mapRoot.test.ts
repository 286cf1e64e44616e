import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import { PRESETS } from "../core/design/presets.ts";
import type { Design } from "../core/design/schema.ts";
import { formatPrefix, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { outsideRoot, parseMapRoot, rootOf } from "./mapRoot.ts";
import { collectRanges } from "./rangeItems.ts";
import { buildScene } from "./scene.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;
const cilium = (): Design => {
  const preset = PRESETS.find((x) => x.id === "cilium");
  if (!preset) throw new Error("no Cilium defaults preset");
  return preset.design;
};
const fmt = (x: Prefix | undefined) => (x ? formatPrefix(x) : undefined);

describe("map root choice", () => {
  it("without a budget, the root is the smallest block holding every range", () => {
    // 10.0.0.0/8 (00001010...) and 192.168.0.0/22 (11000000...) differ in the first bit.
    expect(fmt(rootOf(collectRanges(cilium(), "ipv4")))).toBe("0.0.0.0/0");
    // Default design: 10.96.0.0/12, 10.244.0.0/16 and the node network all sit in 10.0.0.0/8.
    expect(fmt(rootOf(collectRanges(defaultDesign(), "ipv4")))).toBe("10.0.0.0/8");
  });

  it("a budget block is the root even when ranges fall outside it, and those are listed", () => {
    const items = collectRanges(cilium(), "ipv4");
    const root = rootOf(items, p("10.0.0.0/8"));
    expect(fmt(root)).toBe("10.0.0.0/8");
    expect(outsideRoot(items, p("10.0.0.0/8")).map((i) => i.source)).toEqual(["192.168.0.0/22"]);
  });

  it("with the budget 10.0.0.0/8 the Cilium pod range fills the map and its overlap is a /12", () => {
    const scene = buildScene(cilium(), "ipv4", 512, 512, undefined, p("10.0.0.0/8"));
    const pods = scene?.layers.find((l) => l.item?.role === "pods");
    expect(pods?.rect).toEqual({ x: 0, y: 0, width: 512, height: 512 });
    expect(scene?.layers.some((l) => l.item?.role === "nodes")).toBe(false);
    // 10.96.0.0/12 in 10.0.0.0/8: 4 bits deeper, 1/16 of the area.
    const o = scene?.overlaps[0];
    expect(o && o.rect.width * o.rect.height).toBe((512 * 512) / 16);
  });

  it("parses the field: empty is no budget; wrong family and bad text explain themselves", () => {
    expect(parseMapRoot("  ", "ipv4")).toEqual({ ok: true, value: undefined });
    expect(fmt((parseMapRoot("10.1.2.3/8", "ipv4") as { value: Prefix }).value)).toBe("10.0.0.0/8");
    const v6 = parseMapRoot("fd00::/48", "ipv4");
    expect(v6.ok ? "" : v6.error).toMatch(/not an IPv4 CIDR/);
    expect(parseMapRoot("10.0.0.0", "ipv4").ok).toBe(false);
    expect(parseMapRoot("10.0.0.0/33", "ipv4").ok).toBe(false);
  });
});
