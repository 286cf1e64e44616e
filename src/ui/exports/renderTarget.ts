import type { Design } from "../../core/design/schema.ts";
import { fail, ok, type Result } from "../../core/result.ts";
import { renderMarked } from "../../exporters/refusals.ts";
import type { ExportFile, ExportTarget } from "../../exporters/types.ts";

const cache = new WeakMap<Design, Map<string, Result<ExportFile[]>>>();

/**
 * Renders one target for one design, memoized per design object (each edit makes a new one), so
 * the panel renders only the open target and only once. A target its tool would refuse has the
 * refusals named at the top of its files, as the CLI's `--force` writes them. A target that throws (a bug) gives a
 * message instead of breaking the panel.
 */
export function renderTarget(design: Design, target: ExportTarget): Result<ExportFile[]> {
  let byTarget = cache.get(design);
  if (!byTarget) {
    byTarget = new Map();
    cache.set(design, byTarget);
  }
  const hit = byTarget.get(target.id);
  if (hit) return hit;
  let result: Result<ExportFile[]>;
  try {
    result = ok(renderMarked(target, design).files);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    result = fail(`The ${target.label} export could not be built: ${why}`);
  }
  byTarget.set(target.id, result);
  return result;
}
