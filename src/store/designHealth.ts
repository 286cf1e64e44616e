import type { Design } from "../core/design/schema.ts";

/**
 * Designs that made a part of the app fail to render (an error boundary caught it). Keyed by the
 * design object itself (designs are immutable; an edit makes a new one), weakly, so nothing is
 * kept alive. Autosave never saves such a design, so the last good one stays in storage.
 */
const broken = new WeakSet<Design>();

/** Records that `design` made a panel or the map fail. */
export function markBroken(design: Design): void {
  broken.add(design);
}

/** Whether a panel or the map failed on `design`. */
export function isBroken(design: Design): boolean {
  return broken.has(design);
}
