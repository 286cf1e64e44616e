// The entry script: the styles index.html's static shell is laid out with (the app's layout and
// the panel box; the build inlines them into index.html), then the app itself once the shell
// has painted. The rest of the app's styles (panels.css onwards) load with the app
// (ADR 0038); the build lists the app's files in index.html so they arrive meanwhile (ADR 0040).
import "./ui/app/app.css";
import "./ui/app/panelBox.css";
import "./ui/app/shell.css";
import { loadApp, startAfterShellPaint } from "./startSequence.ts";

/** Calls `run` once the first contentful paint is reported; false without paint timing. */
function onFirstPaint(run: () => void): boolean {
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return false;
  const reported = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  if (reported()) {
    run();
    return true;
  }
  const observer = new PerformanceObserver(() => {
    if (!reported()) return;
    observer.disconnect();
    run();
  });
  observer.observe({ type: "paint", buffered: true });
  return true;
}

startAfterShellPaint(
  {
    hidden: document.visibilityState === "hidden",
    onFirstPaint,
    nextFrame: (run) => requestAnimationFrame(run),
    later: (run, ms) => setTimeout(run, ms),
  },
  () => {
    // A link to open needs the link codec before the first render (ADR 0045): fetch it beside
    // the app's code. startApp loads it again (the same module) and handles errors.
    if (location.hash.length > 1) import("./core/codec/linkCodec.ts").catch(() => undefined);
    // Written as import().then(member): rolldown then keeps the start chunk's facade to the one
    // export used (handing on the whole namespace made it export a name it never defined).
    void loadApp(
      () => import("./startApp.tsx").then((app) => app.startApp()),
      () => document.querySelector(".shell-status"),
    );
  },
);
