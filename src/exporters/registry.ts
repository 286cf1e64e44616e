import type { Design } from "../core/design/schema.ts";
import { ciliumValuesTarget } from "./targets/ciliumValues.ts";
import type { ExportTarget } from "./types.ts";

/** Every export target, in the order the export panel and `--list-targets` show them. */
export const EXPORT_TARGETS: readonly ExportTarget[] = [ciliumValuesTarget];

/** The targets that apply to the design's CNI and IPAM mode. */
export function targetsFor(design: Design): ExportTarget[] {
  return EXPORT_TARGETS.filter((target) => target.appliesTo(design));
}
