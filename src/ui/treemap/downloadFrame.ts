import type { Design } from "../../core/design/schema.ts";
import { downloadBlob } from "./download.ts";
import type { Frame } from "./paint.ts";

/**
 * Offers the map's frame as an SVG or PNG file. The SVG writer and the PNG canvas load on the
 * first download (the first screen never needs them); a failed load is retried on the next click.
 * Resolves false when nothing could be offered.
 */
export async function downloadFrame(
  kind: "svg" | "png",
  f: Frame,
  design: Design,
  filename: string,
): Promise<boolean> {
  try {
    const { toPngBlob, toSvgBlob } = await import("./exportFrame.ts");
    const blob = kind === "svg" ? toSvgBlob(f, design) : await toPngBlob(f);
    if (!blob) return false;
    downloadBlob(blob, `${filename}.${kind}`);
    return true;
  } catch {
    return false;
  }
}
