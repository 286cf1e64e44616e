// The entry script: the page's styles (so index.html's static shell is laid out like the app),
// then the app itself once the browser has painted that shell.
import "./ui/app/app.css";
import "./ui/app/panels.css";
import "./ui/app/shell.css";

let started = false;

/** Loads and starts the app (once); if its code cannot load, the shell says so. */
function start(): void {
  if (started) return;
  started = true;
  import("./startApp.tsx")
    .then((app) => app.startApp())
    .catch(() => {
      const status = document.querySelector(".shell-status");
      if (status) status.textContent = "The designer could not load. Reload the page to try again.";
    });
}

// After the next frame, so the shell paints before the app's code is evaluated; hidden tabs get
// no animation frames, hence the timer as well.
requestAnimationFrame(() => setTimeout(start, 0));
setTimeout(start, 250);
