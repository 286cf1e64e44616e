// The entry script: the styles index.html's static shell is laid out with (the app's layout and
// the panel box; the build inlines them into index.html), then the app itself once the shell is
// on screen. The rest of the app's styles (panels.css onwards) load with the app (ADR 0038).
import "./ui/app/app.css";
import "./ui/app/panelBox.css";
import "./ui/app/shell.css";

let started = false;

/** Loads and starts the app (once); if its code cannot load, the shell says so. */
function start(): void {
  if (started) return;
  started = true;
  // A link to open needs the link codec before the first render (ADR 0045): fetch it beside the
  // app's code rather than after it. startApp loads it again (the same module) and handles errors.
  if (location.hash.length > 1) import("./core/codec/linkCodec.ts").catch(() => undefined);
  import("./startApp.tsx")
    .then((app) => app.startApp())
    .catch(() => {
      const status = document.querySelector(".shell-status");
      if (status) status.textContent = "The designer could not load. Reload the page to try again.";
    });
}

/**
 * Starts the app once the browser reports the shell's first contentful paint: fetching, parsing
 * and running the app's code earlier competes with drawing and presenting that frame (ADR 0033).
 * Browsers without paint timing wait for the next frame instead; a hidden tab, which paints
 * nothing, starts at once; and a timer starts the app if no paint is reported at all.
 */
function startAfterShellPaint(): void {
  if (document.visibilityState === "hidden") return start();
  const reported = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    requestAnimationFrame(() => setTimeout(start, 0));
  } else if (reported()) {
    start();
  } else {
    const observer = new PerformanceObserver(() => {
      if (!reported()) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: "paint", buffered: true });
  }
  setTimeout(start, 3000);
}

startAfterShellPaint();
