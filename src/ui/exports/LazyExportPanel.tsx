import { lazy, Suspense, useEffect, useRef, useState } from "react";

/**
 * The export panel's code (every exporter, the `yaml` library, the highlighter) as a separate
 * chunk, fetched only when the panel is wanted instead of being part of the first script.
 */
const ExportPanel = lazy(() =>
  import("./ExportPanel.tsx").then((module) => ({ default: module.ExportPanel })),
);

/** The event that asks the export panel to load now (the header's Exports entry, skip links). */
export const WANT_EXPORTS = "want-exports";

/**
 * The export panel, loaded when it scrolls near the viewport, when asked for (WANT_EXPORTS), or
 * once the browser is idle after the first screen; until then, and until its chunk arrives, it
 * shows the "Exports" heading and a polite status line with the region marked busy.
 */
export function LazyExportPanel() {
  const [wanted, setWanted] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (wanted) return undefined;
    const want = (): void => setWanted(true);
    window.addEventListener(WANT_EXPORTS, want);
    const el = ref.current;
    const observer =
      el && typeof IntersectionObserver === "function"
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && want(), {
            rootMargin: "200px",
          })
        : undefined;
    if (el) observer?.observe(el);
    const idle =
      typeof requestIdleCallback === "function"
        ? requestIdleCallback(want, { timeout: 3000 })
        : window.setTimeout(want, 1500);
    return () => {
      window.removeEventListener(WANT_EXPORTS, want);
      observer?.disconnect();
      if (typeof cancelIdleCallback === "function") cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [wanted]);
  const fallback = (
    <div className="export-panel" aria-busy="true" ref={ref}>
      <h2>Exports</h2>
      <p className="muted" role="status">
        Loading the exports…
      </p>
    </div>
  );
  if (!wanted) return fallback;
  return (
    <Suspense fallback={fallback}>
      <ExportPanel />
    </Suspense>
  );
}
