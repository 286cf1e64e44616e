import { saveDesign, type KeyValueStore, type SaveStatus } from "../core/codec/storage.ts";
import type { AppStore } from "./createAppStore.ts";
import { isBroken } from "./designHealth.ts";

/** Options of {@link startAutosave}. */
export interface AutosaveOptions {
  /** Quiet time after the last edit before saving, in milliseconds. */
  delayMs?: number;
  /**
   * Told when saving starts failing (storage full or blocked) and when it works again; not told
   * on every save, so a full storage gives one message, not one per keystroke.
   */
  onStatusChange?: (status: SaveStatus) => void;
}

/** A running autosave. */
export interface Autosave {
  /** Saves a pending change now (call on `pagehide`). */
  flush(): void;
  stop(): void;
}

/** Default quiet time before an edit is saved, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves the design to `storage` (see saveDesign: a versioned envelope) a quiet time after each
 * design change, so a drag or typing saves once. A design a panel failed to render (see
 * designHealth) is skipped, so storage keeps the last good design. Storage that is missing, blocked or full never
 * throws here: the status goes to `onStatusChange` and the app carries on. Framework-free.
 */
export function startAutosave(
  store: AppStore,
  storage: KeyValueStore | undefined,
  options: AutosaveOptions = {},
): Autosave {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending = false;
  let lastOk = true;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    pending = false;
    const design = store.getState().design;
    // A design that made a panel fail is not saved: storage keeps the last good one.
    if (isBroken(design)) return;
    const status = saveDesign(storage, design);
    if (status.ok !== lastOk) {
      lastOk = status.ok;
      options.onStatusChange?.(status);
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.design === previous.design) return;
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });

  return {
    flush,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
