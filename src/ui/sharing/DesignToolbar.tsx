import { useState } from "react";
import { CopyLinkButton } from "./CopyLinkButton.tsx";
import { FileMenu } from "./FileMenu.tsx";
import { PanelBoundary } from "../app/PanelBoundary.tsx";
import { LazyImportDialog, preloadImportDialog } from "./LazyImportDialog.tsx";
import { UndoRedoButtons } from "./UndoRedoButtons.tsx";
import { useDesignShortcuts } from "./useDesignShortcuts.ts";
import { useSharing } from "./useSharing.ts";
import "./sharing.css";

/**
 * The header toolbar for keeping and sharing designs: Undo/Redo (and their global shortcuts),
 * Copy link, Download design, Open design file, Import config. Their messages go to the
 * status line (StatusLine).
 */
export function DesignToolbar() {
  const sharing = useSharing();
  const [importing, setImporting] = useState(false);
  useDesignShortcuts();
  return (
    <>
      <div className="design-toolbar" role="group" aria-label="Design actions">
        <UndoRedoButtons />
        <CopyLinkButton sharing={sharing} />
        <FileMenu messages={sharing.messages} />
        <button
          type="button"
          onClick={() => setImporting(true)}
          onPointerEnter={preloadImportDialog}
          onFocus={preloadImportDialog}
          aria-haspopup="dialog"
        >
          Import config…
        </button>
      </div>
      <PanelBoundary name="The import dialog" resetKey={importing}>
        <LazyImportDialog
          open={importing}
          onClose={() => setImporting(false)}
          messages={sharing.messages}
        />
      </PanelBoundary>
    </>
  );
}
