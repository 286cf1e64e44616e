import { createServer, type Server } from "node:http";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

/** First-load JavaScript target of the built app, in KiB gzip (issue 10). */
export const FIRST_LOAD_JS_TARGET_KIB = 120;

/** A page with a heading and a line of text: what the browser paints first with nothing to run. */
const BARE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>bare</title></head><body><h1>k8s-subnet-designer</h1><p>A bare static page.</p></body></html>';

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
};

/** Serves `dist` and the bare page (at /__bare.html) from one plain HTTP server, no compression. */
function serve(dist: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/__bare.html") {
      res.writeHead(200, { "content-type": TYPES[".html"], "cache-control": "no-store" });
      res.end(BARE_PAGE);
      return;
    }
    const file = path.join(dist, url.pathname === "/" ? "index.html" : url.pathname);
    if (!file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** In the page: resolves with the first contentful paint's start time once it is reported. */
const FCP = `new Promise((resolve) => { const read = () => { const e = performance.getEntriesByName("first-contentful-paint")[0]; if (e) resolve(e.startTime); return Boolean(e); }; if (!read()) new PerformanceObserver(() => read()).observe({ type: "paint" }); })`;

/** One cold visit (new context, empty cache): its first contentful paint in ms. */
async function coldFcp(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    // Passed as text: the page must not see code transformed by the Node-side TypeScript loader.
    return (await page.evaluate(FCP)) as number;
  } finally {
    await context.close();
  }
}

/** What the cold start measured: timings for latest.json and the lines to print. */
export interface ColdStart {
  timings: Record<string, { median_ms: number; runs: number }>;
  lines: string[];
}

/**
 * Cold start of the built app in `dist` against a bare static page served by the same server:
 * the median first contentful paint of each (fresh context per run), the time until the app's
 * map has painted, and the JavaScript the app fetches at start (until the network is idle and the
 * map drawn), raw and gzip, against FIRST_LOAD_JS_TARGET_KIB; it also names the chunks not fetched.
 */
export async function measureColdStart(
  browser: Browser,
  dist: string,
  port: number,
  runs: number,
): Promise<ColdStart> {
  const server = await serve(path.resolve(dist), port);
  const base = `http://127.0.0.1:${port}`;
  try {
    const app: number[] = [];
    const bare: number[] = [];
    const mapPainted: number[] = [];
    for (let i = 0; i < runs; i++) {
      bare.push(await coldFcp(browser, `${base}/__bare.html`));
      app.push(await coldFcp(browser, `${base}/`));
    }
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const scripts = new Map<string, Buffer>();
    const page = await context.newPage();
    page.on("response", (r) => {
      if (r.request().resourceType() === "script")
        void r.body().then((b) => scripts.set(new URL(r.url()).pathname, b));
    });
    for (let i = 0; i < runs; i++) {
      await page.goto(`${base}/?run=${i}`, { waitUntil: "networkidle" });
      await page.waitForSelector(".tm-legend");
      mapPainted.push((await page.evaluate("performance.now()")) as number);
    }
    await page.waitForTimeout(1000);
    await context.close();
    const bodies = [...scripts.values()];
    const raw = bodies.reduce((a, b) => a + b.length, 0);
    const gz = bodies.reduce((a, b) => a + gzipSync(b).length, 0);
    const fetched = new Set([...scripts.keys()].map((p) => path.basename(p)));
    const assets = path.join(dist, "assets");
    const unfetched = readdirSync(assets).filter((f) => f.endsWith(".js") && !fetched.has(f));
    const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
    const fcpApp = median(app);
    const fcpBare = median(bare);
    const verdict = gz / 1024 < FIRST_LOAD_JS_TARGET_KIB ? "ok" : "MISSED";
    return {
      timings: {
        "coldStart.fcp.app": { median_ms: Math.round(fcpApp * 100) / 100, runs },
        "coldStart.fcp.bare": { median_ms: Math.round(fcpBare * 100) / 100, runs },
        "coldStart.mapPainted.app": { median_ms: Math.round(median(mapPainted) * 100) / 100, runs },
      },
      lines: [
        `cold first contentful paint: app ${fcpApp.toFixed(1)} ms, bare static page ${fcpBare.toFixed(1)} ms (x${(fcpApp / fcpBare).toFixed(2)}), same server, ${runs} cold runs each`,
        `first-load JS: ${bodies.length} scripts, ${kib(raw)}, ${kib(gz)} gzip (target < ${FIRST_LOAD_JS_TARGET_KIB} KiB gzip: ${verdict}); not fetched at start: ${unfetched.join(", ") || "none"}`,
      ],
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
