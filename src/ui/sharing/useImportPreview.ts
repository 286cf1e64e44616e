import { useEffect, useRef, useState } from "react";
import type { ImportFormat } from "../../importers/types.ts";
import type { PreviewRequest } from "./importPreview.worker.ts";
import { previewImport, type ImportPreview } from "./previewImport.ts";

/** Quiet time after the last keystroke before the text is read, in milliseconds. */
export const PREVIEW_DEBOUNCE_MS = 150;

/**
 * Texts at least this long are read in a Web Worker: a YAML file of this size can take over
 * 50 ms to parse, which would stall typing and scrolling in the dialog.
 */
export const WORKER_THRESHOLD = 16 * 1024;

/** The preview and the text and format it was made for. */
interface Answer {
  text: string;
  hint: ImportFormat | undefined;
  preview: ImportPreview;
}

/** Starts the preview worker; undefined where the browser refuses workers (the main thread reads). */
function startWorker(): Worker | undefined {
  try {
    return new Worker(new URL("./importPreview.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return undefined;
  }
}

/**
 * The import preview of `text`, read a short quiet time after the last change: small texts on the
 * main thread, large ones in a worker. `preview` is only ever the preview of the current text and
 * format (undefined while reading, or for blank text), so Apply can never take a stale one.
 */
export function useImportPreview(
  text: string,
  hint: ImportFormat | undefined,
): { preview: ImportPreview | undefined; reading: boolean } {
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const worker = useRef<Worker | undefined>(undefined);
  const nextId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  useEffect(() => {
    if (text.trim() === "") return undefined;
    const id = (nextId.current += 1);
    const timer = setTimeout(() => {
      if (text.length < WORKER_THRESHOLD) {
        setAnswer({ text, hint, preview: previewImport(text, hint) });
        return;
      }
      worker.current ??= startWorker();
      const w = worker.current;
      if (!w) {
        setAnswer({ text, hint, preview: previewImport(text, hint) });
        return;
      }
      w.onmessage = (event: MessageEvent<{ id: number; preview: ImportPreview }>) => {
        if (event.data.id === nextId.current)
          setAnswer({ text, hint, preview: event.data.preview });
      };
      w.postMessage({ id, text, hint } satisfies PreviewRequest);
    }, PREVIEW_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, hint]);

  const current = answer && answer.text === text && answer.hint === hint ? answer : undefined;
  return {
    preview: text.trim() === "" ? undefined : current?.preview,
    reading: text.trim() !== "" && current === undefined,
  };
}
