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
 * The export panel, loaded when any of it scrolls into view or when asked for
 * (WANT_EXPORTS) — never at start, so its chunk and `yaml` stay out of the first load; until
 * then, and until its chunk arrives, it shows the "Exports" heading and a polite status line with
 * the region marked busy.
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
            // Not edge-adjacent: at 1440 x 900 the panel starts exactly at the fold.
            rootMargin: "0px 0px -1px 0px",
          })
        : undefined;
    if (el) observer?.observe(el);
    // Without IntersectionObserver there is no way to know when it is near: load it now.
    if (!observer) want();
    return () => {
      window.removeEventListener(WANT_EXPORTS, want);
      observer?.disconnect();
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
