import type { Family } from "../../core/ip/family.ts";
import { cellById } from "../../layout/cellById.ts";
import type { RangeItem } from "../../layout/rangeItems.ts";
import { overlapMeetsRun, overlapRunCell } from "../../layout/runCells.ts";
import type { Layer, Scene } from "../../layout/scene.ts";
import { overlapCell, type Cell } from "../../layout/visibleCells.ts";
import type { MapOption } from "./renderedOptions.ts";

/**
 * The option of a range (or gap) layer of `scene`, its cell found by id when first read: a map
 * renders a few hundred of thousands of options (renderedOptions), so the others never need one.
 * A layer's own id always names a cell of its scene (a range's first layer of that id, a gap, or
 * a block of a `start-end` run), so reading it later gives what reading it now would (the
 * layer's own rectangle stands in should it ever not: an option never throws).
 */
function layerOption(
  scene: Scene,
  layer: Layer,
  id: string,
  domId: string,
  range: RangeItem | undefined,
): MapOption {
  let cell: Cell | undefined;
  return {
    id,
    domId,
    ...(layer.type === "run" ? { tile: layer.rect } : {}),
    ...(range ? { range } : {}),
    get cell(): Cell {
      cell ??= cellById(scene, id) ?? {
        id,
        kind: layer.type === "static" ? layer.kind : layer.item.role,
        prefix: layer.prefix,
        rect: layer.rect,
        item: layer.item,
        overlap: undefined,
        units: undefined,
      };
      return cell;
    },
  };
}

/**
 * The map's accessible options: every range (and plan-view gap) in view (however small it is
 * drawn, so tiny ranges stay keyboard reachable; a range cut into several blocks by its first
 * block), every overlap, and the focused cell when it is none of those. Linear in the scene's
 * layers and overlaps; a range's cell, and an overlap's drawn inside a tile, is found only when
 * its option is read. A `start-end` range
 * cut into blocks carries that range (with its span), so its name writes it as its label does.
 * With `limit`, the first `limit` options alone (the focused cell's is not added then): what a
 * listbox rendering that many needs (optionsWanted).
 */
export function mapOptions(
  scene: Scene | undefined,
  focused: Cell | undefined,
  family: Family,
  limit = Number.POSITIVE_INFINITY,
): MapOption[] {
  if (!scene || limit <= 0) return [];
  const seen = new Set<string>();
  const out: MapOption[] = [];
  const domId = (): string => `tm-${family}-${out.length}`;
  // The true-scale view draws a `start-end` range as its blocks (items without the span): its
  // range by field, from the scene's items, listed once when first needed.
  let spans: Map<string, RangeItem> | undefined;
  const rangeOf = (item: RangeItem): RangeItem | undefined => {
    if (item.span || scene.mode !== "scale") return item.span ? item : undefined;
    spans ??= new Map(scene.items.filter((i) => i.span).map((i) => [i.field, i]));
    return spans.get(item.field);
  };
  // One option per range (a start-end pool drawn as hundreds of blocks is one option).
  for (const l of scene.layers) {
    if (out.length >= limit) return out;
    const id = l.item?.id ?? (l.type === "static" && l.span ? l.id : undefined);
    const key = l.item ? `field:${l.item.field}` : id;
    if (!id || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(layerOption(scene, l, id, domId(), l.item && rangeOf(l.item)));
  }
  for (const o of scene.overlaps) {
    if (out.length >= limit) return out;
    if (seen.has(o.overlap.id)) continue;
    seen.add(o.overlap.id);
    if (!o.run) {
      out.push({ id: o.overlap.id, cell: overlapCell(o), domId: domId() });
      continue;
    }
    // Drawn inside a tile: its cell (a rectangle found down the tile's blocks) when first read.
    if (!overlapMeetsRun(o, o.overlap)) continue;
    let cell: Cell | undefined;
    out.push({
      id: o.overlap.id,
      domId: domId(),
      get cell(): Cell {
        cell ??= overlapRunCell(o, o.overlap) as Cell;
        return cell;
      },
    });
  }
  if (focused && !out.some((o) => o.id === focused.id))
    out.push({ id: focused.id, cell: focused, domId: domId() });
  return out;
}
