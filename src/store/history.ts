/** Undo history of designs: the present value plus past and future snapshots. */
export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** The gesture that made the newest step; a change with the same gesture joins that step. */
  gesture: string | undefined;
}

/** Steps kept for undo; older ones are dropped. */
export const HISTORY_LIMIT = 200;

/** A history holding `present` and nothing to undo or redo. */
export function freshHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], gesture: undefined };
}

/**
 * Records a new present. Consecutive commits carrying the same `gesture` (one typed field, one
 * slider drag) form ONE undo step: the first pushes the old present, later ones only replace it.
 * A commit always clears the redo stack.
 */
export function commit<T>(history: History<T>, next: T, gesture?: string): History<T> {
  if (gesture !== undefined && gesture === history.gesture) {
    return { ...history, present: next, future: [] };
  }
  const past = [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], gesture };
}

/** Steps back one step; unchanged when there is nothing to undo. Ends any running gesture. */
export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (history.past.length === 0) return history;
  return {
    past: history.past.slice(0, -1),
    present: previous as T,
    future: [history.present, ...history.future],
    gesture: undefined,
  };
}

/** Steps forward one undone step; unchanged when there is nothing to redo. */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  const [next, ...rest] = history.future;
  return {
    past: [...history.past, history.present],
    present: next as T,
    future: rest,
    gesture: undefined,
  };
}
