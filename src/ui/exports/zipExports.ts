import { strToU8, zipSync, type Zippable } from "fflate";
import type { Design } from "../../core/design/schema.ts";
import type { ExportTarget } from "../../exporters/types.ts";
import { zipReadme } from "../../exporters/zipReadme.ts";
import { renderTarget } from "./renderTarget.ts";

/** The zip's contents: every file of every target; a name used twice goes under `<target id>/`. */
export function zipEntries(design: Design, targets: readonly ExportTarget[]): Map<string, string> {
  const entries = new Map<string, string>();
  for (const target of targets) {
    const files = renderTarget(design, target);
    if (!files.ok) continue;
    for (const file of files.value) {
      const name = entries.has(file.filename) ? `${target.id}/${file.filename}` : file.filename;
      entries.set(name, file.text);
    }
  }
  return entries;
}

/**
 * Packs every file of `targets` into one zip (fflate's zipSync, DEFLATE), with a README holding
 * the design's share link (on `baseUrl`, the app's address without a fragment), what each file
 * is for and the design's findings. Targets that fail to render are left out (the panel shows why).
 */
export function zipExports(
  design: Design,
  targets: readonly ExportTarget[],
  baseUrl: string,
): Uint8Array {
  const files: Zippable = {};
  for (const [name, text] of zipEntries(design, targets)) files[name] = strToU8(text);
  files["README.txt"] = strToU8(zipReadme(design, targets, baseUrl));
  return zipSync(files, { level: 6 });
}
