import { keepInHistory, planName } from "../core/codec/designHistory.ts";
import { samePlan } from "../core/codec/linkPayload.ts";
import {
  savedByOtherTab,
  savePlan,
  type KeyValueStore,
  type SaveStatus,
} from "../core/codec/storage.ts";
import type { AppStore } from "./createAppStore.ts";
import { isBroken } from "./designHealth.ts";
import { linkCodec, type LinkCodecSource } from "./linkCodec.ts";

/** Options of {@link startAutosave}. */
export interface AutosaveOptions {
  /** Quiet time after the last edit before saving, in milliseconds. */
  delayMs?: number;
  /**
   * Told when saving starts failing (storage full or blocked) and when it works again; not told
   * on every save, so a full storage gives one message, not one per keystroke.
   */
  onStatusChange?: (status: SaveStatus) => void;
  /**
   * This tab's id. With it, a plan another tab autosaved is moved to the recent-designs list
   * (and `onOtherTabKept` told its name) before this tab's save replaces it.
   */
  tab?: string;
  onOtherTabKept?: (name: string) => void;
  /** Start without saving until `resume()` (an unreadable autosave must not be overwritten). */
  paused?: boolean;
  /**
   * The link codec, when loaded, keeps another tab's plan as a link; before it has loaded the
   * plan is kept as the link's payload, so saving never waits for it (ADR 0045).
   */
  codec?: LinkCodecSource;
}

/** A running autosave. */
export interface Autosave {
  /** Saves a pending change now (call on `pagehide`). */
  flush(): void;
  /** Starts saving after a `paused` start, and saves the current plan now. */
  resume(): void;
  stop(): void;
}

/** Default quiet time before an edit is saved, in milliseconds. */
export const AUTOSAVE_DELAY_MS = 500;

/**
 * Saves the whole plan (every cluster, the routing, the cluster shown) to `storage` (see savePlan:
 * a versioned envelope) a quiet time after each change of the plan or of the cluster shown, so a
 * drag or typing saves once. A plan with a design a panel failed to render (see designHealth) is
 * skipped, so storage keeps the last good plan. Storage that is missing, blocked or full never
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
  let paused = options.paused ?? false;

  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (!pending || paused) return;
    pending = false;
    const { plan, activeCluster } = store.getState();
    // A design that made a panel fail is not saved: storage keeps the last good plan.
    if (plan.clusters.some(isBroken)) return;
    if (options.tab !== undefined) {
      // Another tab's autosave is kept in the recent designs before this save replaces it.
      const other = savedByOtherTab(storage, options.tab);
      const pack = (options.codec ?? linkCodec).now()?.packLink;
      if (
        other &&
        !samePlan(other.plan, plan) &&
        keepInHistory(storage, other.plan, undefined, pack)
      ) {
        options.onOtherTabKept?.(planName(other.plan));
      }
    }
    const status = savePlan(storage, { plan, active: activeCluster }, options.tab);
    if (status.ok !== lastOk) {
      lastOk = status.ok;
      options.onStatusChange?.(status);
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.plan === previous.plan && state.activeCluster === previous.activeCluster) return;
    pending = true;
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });

  return {
    flush,
    resume: () => {
      paused = false;
      pending = true;
      flush();
    },
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
