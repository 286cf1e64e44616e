import { PATTERN_TILE, type Pattern } from "./kindStyles.ts";

const cache = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | undefined>>();

/**
 * A canvas pattern of `pattern`'s tile in `ink` over `background` (transparent when absent),
 * made once per context (a new tile per frame costs time). Undefined where canvas patterns are
 * unavailable; callers then draw the plain fill.
 */
export function canvasPattern(
  ctx: CanvasRenderingContext2D,
  pattern: Exclude<Pattern, "solid">,
  ink: string,
  background?: string,
): CanvasPattern | undefined {
  let byKey = cache.get(ctx);
  if (!byKey) cache.set(ctx, (byKey = new Map()));
  const key = `${pattern}|${ink}|${background ?? ""}`;
  if (byKey.has(key)) return byKey.get(key);
  let made: CanvasPattern | undefined;
  if (typeof document !== "undefined" && typeof Path2D !== "undefined") {
    const spec = PATTERN_TILE[pattern];
    const tile = document.createElement("canvas");
    tile.width = tile.height = spec.size;
    const t = tile.getContext("2d");
    if (t) {
      if (background) {
        t.fillStyle = background;
        t.fillRect(0, 0, spec.size, spec.size);
      }
      t.strokeStyle = ink;
      t.lineWidth = spec.width;
      t.lineCap = spec.cap;
      t.stroke(new Path2D(spec.d));
      made = ctx.createPattern(tile, "repeat") ?? undefined;
    }
  }
  byKey.set(key, made);
  return made;
}
