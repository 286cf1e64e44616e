import { withFixedSettings } from "../cni/fixedSettings.ts";
import type { Edit } from "./edit.ts";
import type { Design } from "./schema.ts";
import { ok, type Result } from "../result.ts";

/** The node-planning numbers a user sets: count, headroom and kubelet maxPods. */
export type NodeNumbers = Partial<Pick<Design["nodes"], "count" | "headroomPercent" | "maxPods">>;

/** Sets node-planning numbers as given (designSchema checks their bounds where it is applied). */
export function setNodeNumbers(d: Design, patch: NodeNumbers): Result<Edit> {
  return ok({ design: { ...d, nodes: { ...d.nodes, ...patch } } });
}

/**
 * Sets kubelet maxPods, and the settings that follow it under the CNI (`withFixedSettings`: on
 * GKE the per-node range, with a note). The app's max-pods field calls this.
 */
export function setMaxPods(d: Design, maxPods: number): Result<Edit> {
  const { design, notes } = withFixedSettings({ ...d, nodes: { ...d.nodes, maxPods } });
  return ok(notes.length > 0 ? { design, note: notes.join("; ") } : { design });
}
