import { useCallback, type ReactNode } from "react";
import { loadSavedPlan } from "../../core/codec/storage.ts";
import { defaultDesign } from "../../core/design/defaults.ts";
import { markBroken } from "../../store/designHealth.ts";
import { browserStorage } from "../../store/prefs.ts";
import { PanelBoundary } from "./PanelBoundary.tsx";
import { useActions, useAppStore, useAppStoreApi } from "./useAppStore.ts";

/**
 * A panel (or the map) behind an error boundary wired to the store: a design that makes it fail
 * is marked so autosave skips it, and the failed panel offers the last good design (the autosaved
 * one, which never holds a failing design; the default design when storage has nothing else).
 */
export function Guarded({ name, children }: { name: string; children: ReactNode }) {
  const design = useAppStore((s) => s.design);
  const store = useAppStoreApi();
  const { replaceDesign } = useActions();
  const restore = useCallback(() => {
    const saved = loadSavedPlan(browserStorage() ?? undefined);
    const current = JSON.stringify(store.getState().design);
    const good =
      saved.kind === "restored" && JSON.stringify(saved.design) !== current
        ? saved.design
        : defaultDesign();
    replaceDesign(good);
  }, [store, replaceDesign]);
  return (
    <PanelBoundary
      name={name}
      resetKey={design}
      onError={() => markBroken(design)}
      onRestore={restore}
    >
      {children}
    </PanelBoundary>
  );
}
