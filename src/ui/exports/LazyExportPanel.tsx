import { lazy, Suspense } from "react";

/**
 * The export panel's code (every exporter, the `yaml` library, the highlighter) as a separate
 * chunk, fetched as soon as the panel mounts instead of being part of the first script.
 */
const ExportPanel = lazy(() =>
  import("./ExportPanel.tsx").then((module) => ({ default: module.ExportPanel })),
);

/**
 * The export panel, loaded on demand; until its chunk arrives it shows the "Exports" heading and
 * a polite status line ("Loading the exports…") with the region marked busy.
 */
export function LazyExportPanel() {
  return (
    <Suspense
      fallback={
        <div className="export-panel" aria-busy="true">
          <h2>Exports</h2>
          <p className="muted" role="status">
            Loading the exports…
          </p>
        </div>
      }
    >
      <ExportPanel />
    </Suspense>
  );
}
