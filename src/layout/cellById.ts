import { parsePrefix, contains, type Prefix } from "../core/ip/prefix.ts";
import { halves, type Rect } from "./rect.ts";
import type { Layer, Scene } from "./scene.ts";
import { overlapCell, type Cell } from "./visibleCells.ts";
import { countKinds, uniformKind } from "./segments.ts";
import { overlapRunCell, runLayerBlock } from "./runCells.ts";
import { idTag, unindexedTag } from "./rangeItems.ts";

const ID = /^(ipv4|ipv6):(.+\/\d{1,3}):(.+)$/;

/** Splits a cell id into its prefix and tag; undefined when the id is not one of ours. */
export function parseCellId(id: string): { prefix: Prefix; tag: string } | undefined {
  const m = ID.exec(id);
  if (!m || m[2] === undefined || m[3] === undefined) return undefined;
  const parsed = parsePrefix(m[2]);
  return parsed.ok ? { prefix: parsed.value.prefix, tag: m[3] } : undefined;
}

const indexes = new WeakMap<Scene, Map<string, Layer>>();

/** The scene's layers by id (the first layer of an id wins), built once per scene. */
function layerIndex(scene: Scene): Map<string, Layer> {
  let index = indexes.get(scene);
  if (!index) {
    index = new Map();
    for (const l of scene.layers) if (!index.has(l.id)) index.set(l.id, l);
    indexes.set(scene, index);
  }
  return index;
}

/**
 * A block of a `start-end` range drawn as a run layer (plan view), found by its prefix and its
 * range's tag (`lb#<index>`, see RangeItem.id). A tag without `#<index>` (ids from before ranges
 * had their own, ADR 0113) finds the first run of that role holding the block.
 */
function blockOfRun(scene: Scene, prefix: Prefix, tag: string): Cell | undefined {
  const own = unindexedTag(tag) !== tag;
  for (const l of scene.layers) {
    if (l.type !== "run") continue;
    const t = idTag(l.item.id);
    if (t !== tag && (own || unindexedTag(t) !== tag)) continue;
    const cell = runLayerBlock(l, prefix);
    if (cell) return cell;
  }
  return undefined;
}

/**
 * Finds the cell with `id` in the scene, whatever the zoom: a range, free block or overlap by
 * id, a node subnet or address (or an aggregate of them) by walking down its segmented layer.
 * Undefined when the design no longer has that cell, so a selection survives only edits that
 * keep it.
 */
export function cellById(scene: Scene, id: string): Cell | undefined {
  const parsed = parseCellId(id);
  if (!parsed) return undefined;
  const { prefix, tag } = parsed;
  if (tag.startsWith("overlap:")) {
    const o = scene.overlaps.find((x) => !x.run && x.overlap.id === id);
    if (o) return overlapCell(o);
    const overlap = scene.found.find((x) => x.id === id);
    if (!overlap) return undefined;
    for (const r of scene.overlaps) {
      const cell = r.run && overlapRunCell(r, overlap);
      if (cell) return cell;
    }
    return undefined;
  }
  const unit =
    tag === "node" || tag === "node-block"
      ? "node"
      : tag === "address" || tag === "address-block"
        ? "address"
        : undefined;
  if (!unit) {
    const layer = layerIndex(scene).get(id);
    if (!layer) return blockOfRun(scene, prefix, tag);
    if (layer.type === "run") return runLayerBlock(layer, prefix);
    const kind = layer.type === "static" ? layer.kind : layer.item.role;
    return {
      id,
      kind,
      prefix: layer.item?.prefix ?? layer.prefix,
      rect: layer.rect,
      item: layer.item,
      overlap: undefined,
      units: undefined,
      span: layer.type === "static" ? layer.span : undefined,
    };
  }
  for (const layer of scene.layers) {
    if (layer.type !== "segmented" || layer.unit !== unit || !contains(layer.prefix, prefix))
      continue;
    const isUnit = prefix.length === layer.unitLength;
    if (prefix.length > layer.unitLength || isUnit !== (tag === "node" || tag === "address"))
      continue;
    const depth = prefix.length - layer.prefix.length;
    const base = layer.base;
    const bits = prefix.family === "ipv4" ? 32 : 128;
    let rect: Rect = layer.rect;
    for (let d = 0; d < depth; d++) {
      const bit = (prefix.network >> BigInt(bits - 1 - (layer.prefix.length + d))) & 1n;
      rect = halves(rect, base + d)[bit === 1n ? 1 : 0];
    }
    const shift = BigInt(bits - layer.unitLength);
    const start = (prefix.network - layer.prefix.network) >> shift;
    const end = start + (1n << BigInt(layer.unitLength - prefix.length));
    return {
      id,
      kind: uniformKind(layer.segments, start, end) ?? "mixed",
      prefix,
      rect,
      item: layer.item,
      overlap: undefined,
      units: { length: layer.unitLength, unit, counts: countKinds(layer.segments, start, end) },
    };
  }
  return undefined;
}
