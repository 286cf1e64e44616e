import { useSyncExternalStore } from "react";
import type { CellKind } from "../../layout/scene.ts";

/**
 * The kinds a map's last paint drew (what its legend lists), held outside React state: a paint
 * happens in the map's layout effect, and a state of the map set there re-rendered the whole map
 * (its options, table and panels) once more on every open. The legend subscribes alone.
 */
export interface PaintedKinds {
  get: () => ReadonlySet<CellKind>;
  /** Keeps `kinds` when they differ from the last (same kinds: nothing changes, no one is told). */
  set: (kinds: ReadonlySet<CellKind>) => void;
  subscribe: (listener: () => void) => () => void;
}

const NONE: ReadonlySet<CellKind> = new Set();

/** A store of painted kinds, empty until the first paint. */
export function paintedKinds(): PaintedKinds {
  let kinds = NONE;
  const listeners = new Set<() => void>();
  return {
    get: () => kinds,
    set: (next) => {
      if (next.size === kinds.size && [...next].every((k) => kinds.has(k))) return;
      kinds = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The kinds of `source`, re-rendering the caller (alone) when a paint draws other kinds. */
export function usePaintedKinds(source: PaintedKinds): ReadonlySet<CellKind> {
  return useSyncExternalStore(source.subscribe, source.get);
}
