// How the page's entry script starts the app behind the static shell (ADR 0033, 0040). Kept apart from
// src/main.tsx, which only wires it to the real page, so that the sequence can be tested.

/** What the start sequence needs from the page. */
export interface StartPage {
  /** The tab is hidden: it paints nothing, so nothing waits for a paint. */
  readonly hidden: boolean;
  /**
   * Calls `run` once the browser has reported the first contentful paint (at once if it has
   * already); false if the browser does not report paints.
   */
  onFirstPaint(run: () => void): boolean;
  /** Runs `run` before the next frame (requestAnimationFrame). */
  nextFrame(run: () => void): void;
  /** Runs `run` in a task after `ms` milliseconds (setTimeout). */
  later(run: () => void, ms: number): void;
}

/** If no paint is ever reported, the app starts anyway after this long. */
export const START_FALLBACK_MS = 3000;

/**
 * Calls `start` once, when the browser reports the shell's first contentful paint, so that
 * running the app's code never competes with drawing and presenting that frame (ADR 0033); the
 * app's files were fetched and parsed meanwhile (modulepreload, ADR 0040). Browsers without
 * paint timing start in a task after the next frame; a hidden tab, which paints nothing, starts
 * at once; a timer starts the app after START_FALLBACK_MS if no paint is reported.
 */
export function startAfterShellPaint(page: StartPage, start: () => void): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    start();
  };
  if (page.hidden) return once();
  if (!page.onFirstPaint(once)) page.nextFrame(() => page.later(once, 0));
  page.later(once, START_FALLBACK_MS);
}

/** Name of the `<meta>` in which the build lists the link codec's scripts (ADR 0091). */
export const LINK_CODEC_META = "k8s-subnet-designer:link-codec";

/**
 * Preloads the link codec's scripts (`listed`: the build's list, paths separated by spaces)
 * when the start may open a link (`hasLink`), so that they are fetched and parsed beside the
 * start's, not only after the shell's paint (ADR 0091); `preload` adds one
 * `<link rel="modulepreload">`, which fetches a script without running it. Nothing without a
 * link, or without a list (the dev server writes none).
 */
export function preloadLinkCodec(
  hasLink: boolean,
  listed: string | null | undefined,
  preload: (file: string) => void,
): void {
  if (!hasLink || !listed) return;
  for (const file of listed.split(" ")) if (file !== "") preload(file);
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
