import { describe, expect, it } from "vitest";
import { defaultDesign } from "../../core/design/defaults.ts";
import { PRESETS } from "../../core/design/presets.ts";
import { contains, prefixOf, type Prefix } from "../../core/ip/prefix.ts";
import { cellById } from "../../layout/cellById.ts";
import { buildPlanScene } from "../../layout/planScene.ts";
import { containsPoint } from "../../layout/rect.ts";
import { buildScene, type Scene } from "../../layout/scene.ts";
import { visibleCells } from "../../layout/visibleCells.ts";
import { viewportOf } from "./paint.ts";
import { canvasPoint, cellAtClient, layoutPoint, type MapBox } from "./pointer.ts";
import type { PanZoom } from "./zoomController.ts";

const W = 800;
const H = 600;
// A map whose border box starts at (100, 50) with a 1 px border, as .tm-map has.
const box: MapBox = { left: 100, top: 50, clientLeft: 1, clientTop: 1 };

const scenes: [string, Scene][] = [
  ["plan, default", buildPlanScene(defaultDesign(), "ipv4", W) as Scene],
  ["true scale, default", buildScene(defaultDesign(), "ipv4", W, H) as Scene],
  [
    "drilled into the pod range",
    buildScene(defaultDesign(), "ipv4", W, H, prefixOf("10.244.0.0/16") as Prefix) as Scene,
  ],
  ["plan, OpenShift-like", buildPlanScene(PRESETS[5]!.design, "ipv4", W) as Scene],
];

describe("exact pointing", () => {
  for (const [name, scene] of scenes) {
    for (const k of [1, 2.5, 17, 300]) {
      it(`${name} at zoom ${k}: hover, click, details and the painted cell agree`, () => {
        // Zoom about the view centre, as the toolbar's buttons do.
        const t: PanZoom = { k, x: (W / 2) * (1 - k), y: (H / 2) * (1 - k) };
        const painted = visibleCells(scene, viewportOf(t, W, H)).cells;
        let checked = 0;
        for (let i = 0; i < 13; i++) {
          for (let j = 0; j < 11; j++) {
            const clientX = box.left + box.clientLeft + ((i + 0.37) * W) / 13;
            const clientY = box.top + box.clientTop + ((j + 0.41) * Math.min(H, scene.height)) / 11;
            const hovered = cellAtClient(scene, box, t, clientX, clientY);
            const clicked = cellAtClient(scene, box, t, clientX, clientY);
            const c = canvasPoint(box, clientX, clientY);
            const p = layoutPoint(t, c.x, c.y);
            if (!hovered) {
              expect(painted.some((cell) => containsPoint(cell.rect, p.x, p.y))).toBe(false);
              continue;
            }
            expect(clicked?.id).toBe(hovered.id);
            // The ring is drawn around hovered.rect: the point is inside it.
            expect(containsPoint(hovered.rect, p.x, p.y)).toBe(true);
            // Details and the selection ring resolve the id to the same block.
            const detailed = cellById(scene, hovered.id);
            expect(detailed?.rect).toEqual(hovered.rect);
            expect(detailed?.prefix).toEqual(hovered.prefix);
            // The cell painted under the point is the hovered one, or a uniform block drawn in
            // one fill (grid lines mark its units) that holds it, of the same kind. Overlaps are
            // painted on top of the cells.
            if (!hovered.overlap) {
              const under = painted.filter((cell) => containsPoint(cell.rect, p.x, p.y)).at(-1);
              expect(under).toBeDefined();
              if (under && under.id !== hovered.id) {
                expect(contains(under.prefix, hovered.prefix)).toBe(true);
                expect(under.kind).toBe(hovered.kind);
              }
            }
            checked++;
          }
        }
        expect(checked).toBeGreaterThan(20);
      });
    }
  }

  it("subtracts the map's border: the first canvas pixel is layout x 0", () => {
    expect(canvasPoint(box, 101, 51)).toEqual({ x: 0, y: 0 });
    expect(layoutPoint({ x: -50, y: -20, k: 2 }, 10, 10)).toEqual({ x: 30, y: 15 });
  });
});
