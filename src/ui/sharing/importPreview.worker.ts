/// <reference lib="webworker" />
import type { ImportFormat } from "../../importers/types.ts";
import { previewImport } from "./previewImport.ts";

/** A preview request: the pasted text, the forced format if any, and an id to answer with. */
export interface PreviewRequest {
  id: number;
  text: string;
  hint: ImportFormat | undefined;
}

// Reads a large pasted config off the main thread, so the dialog stays responsive (issue 13).
self.onmessage = (event: MessageEvent<PreviewRequest>) => {
  const { id, text, hint } = event.data;
  self.postMessage({ id, preview: previewImport(text, hint) });
};
