import { lazy, Suspense, useState } from "react";
import type { MessageStore } from "./messages.ts";

/** Fetches the import dialog's chunk (the importers and the `yaml` library); safe to call often. */
const loadImportDialog = () =>
  import("./ImportDialog.tsx").then((module) => ({ default: module.ImportDialog }));

const ImportDialog = lazy(loadImportDialog);

/**
 * Starts fetching the import dialog's chunk ahead of a click (on hover or focus of its button),
 * so it usually opens without a visible wait. Errors are left to the dialog's own load.
 */
export function preloadImportDialog(): void {
  loadImportDialog().catch(() => undefined);
}

/**
 * The import dialog, loaded on demand: nothing is fetched or rendered until it is first opened,
 * then it stays mounted (closed) so pasted text survives Cancel as before. While its chunk
 * loads, a screen-reader status says so.
 */
export function LazyImportDialog({
  open,
  onClose,
  messages,
}: {
  open: boolean;
  onClose: () => void;
  messages: MessageStore;
}) {
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense
      fallback={
        <span className="visually-hidden" role="status">
          Loading the import dialog…
        </span>
      }
    >
      <ImportDialog open={open} onClose={onClose} messages={messages} />
    </Suspense>
  );
}
