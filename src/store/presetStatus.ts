import { PRESETS, type Preset } from "../core/design/presets.ts";
import type { Design } from "../core/design/schema.ts";
import type { PlanSnapshot } from "./clusterActions.ts";
import type { History } from "./history.ts";

/** The preset a design was last loaded from: its id and the design object the load committed. */
export interface PresetOrigin {
  id: string;
  design: Design;
}

/** What the Preset box shows for the current design. */
export interface PresetStatus {
  /** The preset the design equals (ignoring its name), if any. */
  id: string | undefined;
  /** "kubeadm", "kubeadm, edited" or "Custom". */
  label: string;
  /** The preset's one-line description, or what "Custom" means. */
  description: string;
}

/** JSON with sorted keys: equal designs give equal text whatever order their keys were set in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** The design without its name (a name is a label, not a difference from a preset). */
const shape = (design: Design) => canonicalJson({ ...design, name: "" });

const shapes = new WeakMap<Design, string>();
const shapeOf = (design: Design) => {
  const hit = shapes.get(design);
  if (hit !== undefined) return hit;
  const text = shape(design);
  shapes.set(design, text);
  return text;
};

/** The design's list lengths: designs of one shape have equal lengths (a cheap first test). */
const sizesOf = (d: Design): string =>
  [
    d.ipv4?.podCidrs.length ?? -1,
    d.ipv6?.podCidrs.length ?? -1,
    d.nodes.networks.length,
    d.loadBalancer.pools.length,
    d.externalRanges.length,
  ].join(",");

let presetSizes: Set<string> | undefined;

/**
 * The preset the design equals, if any. The canonical text of a large design (thousands of
 * ranges) is only made when some preset has its list lengths, which no preset of a large
 * design has.
 */
function samePreset(design: Design): Preset | undefined {
  presetSizes ??= new Set(PRESETS.map((p) => sizesOf(p.design)));
  if (!presetSizes.has(sizesOf(design))) return undefined;
  const current = shapeOf(design);
  return PRESETS.find((p) => shapeOf(p.design) === current);
}

/**
 * What the Preset box says: the preset the design equals; else "<preset>, edited" when the
 * design was made by edits after loading that preset (the loaded design is still in the undo
 * past); else "Custom" (an import, a link, a file, or undone back before the load).
 */
export function presetStatus(
  design: Design,
  history: History<PlanSnapshot>,
  origin: PresetOrigin | undefined,
): PresetStatus {
  const same = samePreset(design);
  if (same) return { id: same.id, label: same.label, description: same.description };
  const from: Preset | undefined =
    origin && history.past.some((step) => step.clusters.includes(origin.design))
      ? PRESETS.find((p) => p.id === origin.id)
      : undefined;
  if (from) {
    return {
      id: undefined,
      label: `${from.label}, edited`,
      description: `Started from ${from.label}; changed since. ${from.description}`,
    };
  }
  return {
    id: undefined,
    label: "Custom",
    description: "Your own design: it matches no preset.",
  };
}
