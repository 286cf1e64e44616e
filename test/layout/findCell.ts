import type { Design } from "../../src/core/design/schema.ts";
import { cellById, parseCellId } from "../../src/layout/cellById.ts";
import { buildScene } from "../../src/layout/scene.ts";
import type { Cell } from "../../src/layout/visibleCells.ts";

/**
 * Finds a cell of the design by id at whatever drill level it lives: ranges, free space,
 * overlaps, node subnets and aggregates from the family root; addresses by opening their block.
 * Undefined when the design no longer has it.
 */
export function findCell(design: Design, id: string): Cell | undefined {
  const parsed = parseCellId(id);
  if (!parsed) return undefined;
  const { prefix, tag } = parsed;
  const atAddress = tag === "address" || tag === "address-block";
  const scene = buildScene(design, prefix.family, 256, 256, atAddress ? prefix : undefined);
  return scene ? cellById(scene, id) : undefined;
}
