import { describe, expect, it } from "vitest";
import { nestedPools } from "../../../test/layout/planDesigns.ts";
import { estimateWidth } from "../../layout/planLabels.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { placeLabels, remembered } from "./labels.ts";

describe("remembered label measures", () => {
  it("measures each text once while under the cap, with the same widths", () => {
    const seen: string[] = [];
    const measure = remembered((text) => {
      seen.push(text);
      return text.length * 7;
    }, 3);
    expect([measure("Pod range"), measure("10.0.0.0/24"), measure("Pod range")]).toEqual([
      63, 77, 63,
    ]);
    expect(seen).toEqual(["Pod range", "10.0.0.0/24"]);
    // At the cap it starts afresh: the widths stay right, earlier texts are measured again.
    expect([measure("free"), measure("x"), measure("Pod range")]).toEqual([28, 7, 63]);
    expect(seen).toEqual(["Pod range", "10.0.0.0/24", "free", "x", "Pod range"]);
  });
});

describe("labels of the plan view at open", () => {
  for (const width of [1000, 340]) {
    it(`draws each of 64 nested start-end pools' labels whole, naming its run, at ${width} px`, () => {
      const design = nestedPools();
      const scene = buildPlanScene(design, "ipv6", width, estimateWidth);
      if (!scene) throw new Error("no scene");
      const placed = placeLabels(scene, { x: 0, y: 0, k: 1 }, width, scene.height, estimateWidth);
      const texts = new Set(placed.map((l) => l.lines.join(" ").replace("- ", "-")));
      for (const pool of design.loadBalancer.pools)
        expect(texts, pool.name).toContain(`LoadBalancer pool ${pool.name} ${pool.range}`);
      // Each plate lies inside its tile (the pools' tiles are told apart by their labels).
      for (const label of placed) {
        const tile = scene.layers.find(
          (l) => l.type === "run" && label.lines[0] === `LoadBalancer pool ${l.item.name}`,
        );
        if (!tile) continue;
        expect(label.box.x + label.box.width).toBeLessThanOrEqual(tile.rect.x + tile.rect.width);
        expect(label.box.y + label.box.height).toBeLessThanOrEqual(tile.rect.y + tile.rect.height);
      }
    });
  }
});
