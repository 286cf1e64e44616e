// How the page's entry script starts the app behind the static shell (ADR 0040). Kept apart from
// src/main.tsx, which only wires it to the real page, so that the sequence can be tested.

/** What the start sequence needs from the page. */
export interface StartPage {
  /** The tab is hidden: it paints no frame, so nothing waits for one. */
  readonly hidden: boolean;
  /** Runs `run` before the next frame (requestAnimationFrame). */
  nextFrame(run: () => void): void;
  /** Runs `run` in a task after `ms` milliseconds (setTimeout). */
  later(run: () => void, ms: number): void;
}

/** If no frame comes (a browser that throttles frames), the app starts anyway after this long. */
export const START_FALLBACK_MS = 3000;

/**
 * Calls `start` once, in a task after the shell's first frame (an animation frame, then a task),
 * so that running the app's code does not hold up that frame; the app's scripts were fetched
 * and parsed meanwhile (modulepreload, ADR 0040). A hidden tab starts at once, and a timer
 * starts the app after START_FALLBACK_MS if no frame came.
 */
export function startAfterFirstFrame(page: StartPage, start: () => void): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    start();
  };
  if (page.hidden) return once();
  page.nextFrame(() => page.later(once, 0));
  page.later(once, START_FALLBACK_MS);
}

/** What the shell says when the app's code cannot load. */
export const LOAD_FAILED = "The designer could not load. Reload the page to try again.";

/**
 * Loads and starts the app (`run`: import it, then call its start); if its code cannot load (or
 * the start fails), the shell's status line says so (`status`, while the shell is there).
 */
export async function loadApp(
  run: () => Promise<void>,
  status: () => Element | null,
): Promise<void> {
  try {
    await run();
  } catch {
    const line = status();
    if (line) line.textContent = LOAD_FAILED;
  }
}
