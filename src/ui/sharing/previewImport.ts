import type { Design } from "../../core/design/schema.ts";

/** What the import dialog shows for pasted text. */
export interface ImportPreview {
  format: string;
  design: Design | undefined;
  error: string | undefined;
  messages: string[];
}

/** Placeholder until src/importers/importConfig.ts lands. */
export function previewImport(_text: string, _base: Design): ImportPreview {
  return { format: "", design: undefined, error: "Import is not available yet.", messages: [] };
}
