// The entry script: the styles index.html's static shell is laid out with (the app's layout and
// the panel box; the build inlines them into index.html), then the app itself once the shell
// has painted. The rest of the app's styles (panels.css onwards) load with the app
// (ADR 0038); the build lists the app's files in index.html so they arrive meanwhile (ADR 0040).
import "./ui/app/app.css";
import "./ui/app/panelBox.css";
import "./ui/app/shell.css";
import {
  LINK_CODEC_META,
  loadApp,
  preloadLinkCodec,
  startAfterShellPaint,
} from "./startSequence.ts";
import { hasStartLink } from "./ui/sharing/unsyncedLink.ts";

// A link to open needs the link codec before the first render (ADR 0045): its scripts are
// fetched and parsed from now on, beside the start's, not only once the shell has painted
// (ADR 0091). A modulepreload runs nothing, so the shell's paint is not delayed by it.
const opensLink = hasStartLink(window);
preloadLinkCodec(
  opensLink,
  document.querySelector(`meta[name="${LINK_CODEC_META}"]`)?.getAttribute("content"),
  (file) => {
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = file;
    document.head.append(link);
  },
);

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
    // Run the link codec (preloaded above) beside the app's code. startApp loads it again (the
    // same module) and handles errors.
    if (opensLink) import("./core/codec/linkCodec.ts").catch(() => undefined);
    // Written as import().then(member): rolldown then keeps the start chunk's facade to the one
    // export used (handing on the whole namespace made it export a name it never defined).
    void loadApp(
      () => import("./startApp.tsx").then((app) => app.startApp()),
      () => document.querySelector(".shell-status"),
    );
  },
);
