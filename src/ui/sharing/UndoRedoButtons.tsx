import { useActions, useAppStore } from "../app/useAppStore.ts";

/** Whether the platform's shortcut modifier is Cmd (Apple) rather than Ctrl. */
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Undo and Redo buttons over design steps, disabled when there is nothing to undo or redo. */
export function UndoRedoButtons() {
  const actions = useActions();
  const canUndo = useAppStore((s) => s.history.past.length > 0);
  const canRedo = useAppStore((s) => s.history.future.length > 0);
  const mod = isApple() ? "Cmd" : "Ctrl";
  return (
    <div className="toolbar-group" role="group" aria-label="History">
      <button
        type="button"
        onClick={actions.undo}
        disabled={!canUndo}
        aria-keyshortcuts={`${mod}+Z`}
        title={`Undo (${mod}+Z)`}
      >
        <span aria-hidden="true">↶ </span>Undo
      </button>
      <button
        type="button"
        onClick={actions.redo}
        disabled={!canRedo}
        aria-keyshortcuts={`Shift+${mod}+Z ${mod === "Ctrl" ? "Ctrl+Y" : ""}`.trim()}
        title={`Redo (Shift+${mod}+Z)`}
      >
        <span aria-hidden="true">↷ </span>Redo
      </button>
    </div>
  );
}
