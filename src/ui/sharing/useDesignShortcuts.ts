import { useEffect } from "react";
import { useAppStoreApi } from "../app/useAppStore.ts";
import { leaveToBrowser, shortcutOf } from "./shortcuts.ts";

/**
 * Global Ctrl/Cmd+Z (undo) and Shift+Ctrl/Cmd+Z or Ctrl+Y (redo) over design steps, by the rule
 * of {@link leaveToBrowser}. In a committed text field the field is blurred and refocused around
 * the step, so it drops any draft, shows the design's value, and the next typing starts a new
 * undo step instead of joining the one just undone.
 */
export function useDesignShortcuts(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = shortcutOf(event);
      if (!command || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      if (leaveToBrowser(target)) return;
      event.preventDefault();
      const { actions } = store.getState();
      const field = target instanceof HTMLInputElement ? target : null;
      field?.blur();
      if (command === "undo") actions.undo();
      else actions.redo();
      field?.focus();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
