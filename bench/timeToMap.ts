import type { PipePage } from "./cdpPipe.ts";

/**
 * In the page, as text: resolves with `performance.now()` once the findings name `text`, the map
 * has a canvas, and a frame has been painted after that (an animation frame, then a task). It
 * checks at once and then on every animation frame; it rejects after two minutes.
 */
export function mapShownExpression(text: string): string {
  return `new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error("timed out")), 120000);
    const text = ${JSON.stringify(text)};
    const shown = () => !!document.querySelector(".tm-map canvas") &&
      (document.querySelector("section.findings")?.textContent ?? "").includes(text);
    const painted = () => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now()); c.port2.postMessage(0); };
    const poll = () => requestAnimationFrame(shown() ? painted : poll);
    if (shown()) requestAnimationFrame(painted); else poll();
  })`;
}

/**
 * Ms from navigation start (the page's own clock) until the findings name `text` and the map has
 * painted a frame, after `go` navigates. The wait is one `Runtime.evaluate` of a small promise,
 * not Playwright's `waitForFunction` or `evaluate`: those make the page parse and run
 * Playwright's injected or utility script on its main thread inside the measured time, which a
 * user's page never does; and the page is driven without Playwright (see launchPipeBrowser), whose
 * enabled Runtime domain makes V8 parse the start chunk again (ADR 0039).
 */
export async function timeToMap(
  page: PipePage,
  go: () => Promise<unknown>,
  text: string,
): Promise<number> {
  await go();
  const ms = await page.evaluate(mapShownExpression(text));
  if (typeof ms !== "number") throw new Error(`the map did not show "${text}"`);
  return ms;
}
