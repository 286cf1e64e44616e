/** sessionStorage key (per tab, survives reload) of a link the URL had no time to show. */
const UNSYNCED_KEY = "k8s-subnet-designer.unsynced-link";

/**
 * The fragment to open: normally the URL's. But a reload loads the URL as it was when the user
 * asked for it, and the page keeps running until the new page answers: an edit just before a
 * reload may reach the URL only after the request (the link's quiet time), or not at all. So
 * pagehide left the newest link in sessionStorage, keyed by every fragment the history entry
 * showed since it was loaded (see keepUnsynced); a load of any of them opens the newest link.
 * Another tab, another link, or a later visit is not affected.
 */
export function takeStartHash(win: Window): string {
  const hash = win.location.hash;
  try {
    const raw = win.sessionStorage.getItem(UNSYNCED_KEY);
    if (raw === null) return hash;
    win.sessionStorage.removeItem(UNSYNCED_KEY);
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== "object" || saved === null) return hash;
    const { from, to } = saved as { from?: unknown; to?: unknown };
    const older = Array.isArray(from) ? from : [from];
    return typeof to === "string" && older.includes(hash) ? to : hash;
  } catch {
    return hash;
  }
}

/**
 * True when the start may open a link: the URL has a fragment, or a reload left one (see
 * takeStartHash). startApp then loads the link codec before it starts (ADR 0045).
 */
export function hasStartLink(win: Window): boolean {
  if (win.location.hash.replace(/^#/, "").trim() !== "") return true;
  try {
    return win.sessionStorage.getItem(UNSYNCED_KEY) !== null;
  } catch {
    return false;
  }
}

/**
 * Remembers, for a reload of this tab, that `to` (the current link) replaces each of `from` (the
 * fragments the history entry showed before; see takeStartHash). Call on pagehide.
 */
export function keepUnsynced(win: Window, from: readonly string[], to: string): void {
  const older = from.filter((hash) => hash !== to);
  if (older.length === 0) return;
  try {
    win.sessionStorage.setItem(UNSYNCED_KEY, JSON.stringify({ from: older, to }));
  } catch {
    // No session storage: a reload within the quiet time shows the design of the older URL.
  }
}
