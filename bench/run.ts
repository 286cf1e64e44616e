import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type Page } from "@playwright/test";
import { bigDesign, BENCH_SIZES, scatteredDesign } from "./designs.ts";
import { measureCliStartup } from "./cliStartup.ts";
import { manyRangesDesign, measureHostileOpen, OPEN_TARGET } from "./hostileOpen.ts";
import { CLI_HOSTILE_TARGET, measureCliHostile } from "./cliHostile.ts";
import { measureColdStart } from "./coldStart.ts";
import { measureSolve, SOLVE_TARGET } from "./solve.ts";
import { startHarness } from "./harnessServer.ts";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4399);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
/** `--only cli` measures the CLI start-up alone and merges it into bench/latest.json. */
const ONLY_CLI = process.argv.slice(2).join(" ") === "--only cli";
/** `--only cli-hostile` measures `validate` on hostile design files alone (issue 13). */
const ONLY_CLI_HOSTILE = process.argv.slice(2).join(" ") === "--only cli-hostile";
/** `--only solve` measures the solver alone (issue 11). */
const ONLY_SOLVE = process.argv.slice(2).join(" ") === "--only solve";
/** `--only cold-start` measures the built app's cold start alone (issue 10); BENCH_DIST names the build. */
const ONLY_COLD_START = process.argv.slice(2).join(" ") === "--only cold-start";
/** `--only open` opens the hostile links and big designs in the built app alone (issue 13); BENCH_DIST names the build. */
const ONLY_OPEN = process.argv.slice(2).join(" ") === "--only open";
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 21);
/** Start-up target of `k8s-subnet-designer validate`, in ms (issue 8). */
const CLI_STARTUP_TARGET = 150;

const TARGETS: Record<string, number> = {
  firstRender: 100,
  zoomFrame: 16,
  panFrame: 16,
  zoomFrameDisplayed: 16,
  panFrameDisplayed: 16,
  maskChange: 50,
  hover: 8,
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

/** In the page: resolves after the next frame is painted (rAF, then a task after it). */
const NEXT_FRAME = `() => new Promise((r) => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => r(); c.port2.postMessage(0); }))`;

/** Runs `body` (an async function source taking the argument and frame helpers) in the page; returns its number. */
async function measure(page: Page, body: string, arg: unknown): Promise<number> {
  // Passed as text: the page must not see code transformed by the Node-side TypeScript loader.
  const painted = `() => new Promise((r) => document.addEventListener("tm-painted", () => r(), { once: true }))`;
  return page.evaluate(
    `(async () => { const fn = ${body}; return fn(${JSON.stringify(arg)}, { nextFrame: ${NEXT_FRAME}, painted: ${painted} }); })()`,
  ) as Promise<number>;
}

/**
 * After the paint: `painted` figures stop at the end of the task that painted (inside the input
 * handler); `displayed` figures also wait for the next animation frame and a task after it, so
 * they include the frame that presents the paint.
 */
const AFTER_PAINT = (displayed: boolean): string =>
  displayed
    ? `await p; await h.nextFrame();`
    : `await p; await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });`;

/** One wheel step (zoom in twice, out twice, alternating) at 30 % of the map, timed to the paint or the displayed frame. */
const zoomStep = (displayed: boolean): string =>
  `async (i, h) => { const el = document.querySelector(".tm-map"); const b = el.getBoundingClientRect(); await h.nextFrame(); const p = h.painted(); const t0 = performance.now(); el.dispatchEvent(new WheelEvent("wheel", { deltaY: i % 4 < 2 ? -120 : 120, clientX: b.left + b.width * 0.3, clientY: b.top + b.height * 0.3, bubbles: true, cancelable: true })); ${AFTER_PAINT(displayed)} return performance.now() - t0; }`;

/** One 25 px drag step of a pan (mouse down before the clock starts), timed to the paint or the displayed frame. */
const panStep = (displayed: boolean): string =>
  `async (i, h) => { const el = document.querySelector(".tm-map"); const b = el.getBoundingClientRect(); const x = b.left + 200, y = b.top + 200; el.dispatchEvent(new MouseEvent("mousedown", { clientX: x, clientY: y, button: 0, view: window, bubbles: true })); await h.nextFrame(); const p = h.painted(); const t0 = performance.now(); window.dispatchEvent(new MouseEvent("mousemove", { clientX: x + 25 * (i % 2 ? -1 : 1), clientY: y + 10, view: window, bubbles: true })); ${AFTER_PAINT(displayed)} const ms = performance.now() - t0; window.dispatchEvent(new MouseEvent("mouseup", { clientX: x, clientY: y, view: window, bubbles: true })); return ms; }`;

/** Prints the CLI figures against bare Node and the start-up target. */
function reportCli(results: Record<string, { median_ms: number; runs: number }>): void {
  const node = results["node.startup"]?.median_ms ?? 0;
  for (const [name, r] of Object.entries(results)) {
    if (!name.startsWith("cli.")) continue;
    const verdict = r.median_ms < CLI_STARTUP_TARGET ? "ok" : "MISSED";
    console.log(
      `${name.padEnd(30)} ${r.median_ms.toFixed(1).padStart(8)} ms (node -e 0: ${node.toFixed(1)} ms, +${(r.median_ms - node).toFixed(1)} ms; target < ${CLI_STARTUP_TARGET}: ${verdict})`,
    );
  }
}

/** Merges `figures` into bench/latest.json, keeping the figures of scenarios not run now. */
function mergeLatest(figures: Record<string, unknown>): void {
  const file = path.join(here, "latest.json");
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>)
    : {};
  writeFileSync(file, `${JSON.stringify({ ...previous, ...figures }, null, 2)}\n`);
}

/** The Chromium every browser scenario runs in (frame rate unlimited, so frame times are real). */
function launchBenchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...CHROMIUM_ARGS, "--disable-gpu-vsync", "--disable-frame-rate-limit"],
  });
}

/** Prints the load average, which every figure taken on a shared machine must carry. */
function printLoad(): void {
  console.log(
    `load average (1, 5, 15 min): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
}

async function mainCliOnly(): Promise<void> {
  const cli = measureCliStartup(CLI_RUNS);
  mergeLatest(cli);
  reportCli(cli);
}

async function main(): Promise<void> {
  const harness = await startHarness(PORT, true);
  const browser = await launchBenchBrowser();
  const results: Record<string, { median_ms: number; runs: number }> = {};
  const notes: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(harness.url);
    await page.waitForSelector(".tm-map canvas");
    for (const size of BENCH_SIZES) {
      const design = bigDesign(size.pod, size.mask);
      const alt = bigDesign(size.pod, size.altMask);
      const samples: Record<string, number[]> = {
        firstRender: [],
        zoomFrame: [],
        panFrame: [],
        zoomFrameDisplayed: [],
        panFrameDisplayed: [],
        maskChange: [],
        hover: [],
      };
      for (let i = 0; i < RUNS; i++) {
        await page.evaluate(() => window.__tm.clear());
        samples.firstRender?.push(
          await measure(
            page,
            `async (d, h) => { await h.nextFrame(); const t0 = performance.now(); window.__tm.set(d); await h.nextFrame(); return performance.now() - t0; }`,
            design,
          ),
        );
      }
      await page.evaluate((d) => window.__tm.set(d), design);
      for (const displayed of [false, true]) {
        for (let i = 0; i < RUNS; i++) {
          samples[displayed ? "zoomFrameDisplayed" : "zoomFrame"]?.push(
            await measure(page, zoomStep(displayed), i),
          );
        }
        for (let i = 0; i < RUNS; i++) {
          samples[displayed ? "panFrameDisplayed" : "panFrame"]?.push(
            await measure(page, panStep(displayed), i),
          );
        }
      }
      for (let i = 0; i < RUNS; i++) {
        samples.maskChange?.push(
          await measure(
            page,
            `async (d, h) => { await h.nextFrame(); const t0 = performance.now(); window.__tm.set(d); await h.nextFrame(); return performance.now() - t0; }`,
            i % 2 ? design : alt,
          ),
        );
      }
      await page.evaluate((d) => window.__tm.set(d), design);
      for (let i = 0; i < RUNS; i++) {
        samples.hover?.push(
          await measure(
            page,
            `async (i, h) => { const el = document.querySelector(".tm-map"); const b = el.getBoundingClientRect(); await h.nextFrame(); const p = h.painted(); const t0 = performance.now(); el.dispatchEvent(new PointerEvent("pointermove", { clientX: b.left + 20 + 37 * i, clientY: b.top + 30 + 23 * i, bubbles: true })); await p; await new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); }); return performance.now() - t0; }`,
            i,
          ),
        );
      }
      for (const [figure, xs] of Object.entries(samples)) {
        results[`treemap.${figure}.${size.name}`] = {
          median_ms: Math.round(median(xs) * 100) / 100,
          runs: xs.length,
        };
      }
      const cmp: {
        aggregatedCells: number;
        canvasMs: number;
        svgMs: number;
        naiveCells: number;
        naiveCanvasMs: number;
        naiveSvgMs: number;
      }[] = [];
      for (let i = 0; i < 5; i++)
        cmp.push(await page.evaluate((d) => window.__tm.compareRenderers(d), design));
      const pick = (k: keyof (typeof cmp)[number]) =>
        Math.round(median(cmp.map((c) => c[k])) * 100) / 100;
      results[`renderer.canvas.lod.${size.name}`] = {
        median_ms: pick("canvasMs"),
        runs: cmp.length,
      };
      results[`renderer.svg.lod.${size.name}`] = { median_ms: pick("svgMs"), runs: cmp.length };
      results[`renderer.canvas.oneRectPerSubnet.${size.name}`] = {
        median_ms: pick("naiveCanvasMs"),
        runs: cmp.length,
      };
      results[`renderer.svg.oneRectPerSubnet.${size.name}`] = {
        median_ms: pick("naiveSvgMs"),
        runs: cmp.length,
      };
      notes.push(
        `${size.name}: ${pick("aggregatedCells")} LOD cells vs ${pick("naiveCells")} rectangles one per subnet (capped at 65,536)`,
      );
    }
    // The plan view's first render of a design with 20 scattered ranges (3 of the default design
    // and 17 external ranges): layout of every tile, labels measured and placed, painted.
    const scattered = scatteredDesign();
    const plan: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => window.__tm.clear());
      plan.push(
        await measure(
          page,
          `async (d, h) => { await h.nextFrame(); const t0 = performance.now(); window.__tm.set(d); await h.nextFrame(); return performance.now() - t0; }`,
          scattered,
        ),
      );
    }
    results["treemap.firstRender.plan-20-scattered-ranges"] = {
      median_ms: Math.round(median(plan) * 100) / 100,
      runs: plan.length,
    };
    // Issue 13: the map of 1,000 ranges of each kind (harness: over the schema's caps), and
    // opening hostile links and the largest valid design in the built app.
    const many = manyRangesDesign(1000);
    const manyRuns: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      await page.evaluate(() => window.__tm.clear());
      manyRuns.push(
        await measure(
          page,
          `async (d, h) => { await h.nextFrame(); const t0 = performance.now(); window.__tm.set(d); await h.nextFrame(); return performance.now() - t0; }`,
          many,
        ),
      );
    }
    results["map.firstRender.ranges-1000-each"] = {
      median_ms: Math.round(median(manyRuns)),
      runs: manyRuns.length,
    };
    Object.assign(results, await measureHostileOpen(PORT + 1, Math.min(RUNS, 5)));
    const cold = await measureColdStart(browser, path.join(here, "..", "dist"), PORT + 2, RUNS);
    Object.assign(results, cold.timings);
    for (const line of cold.lines) notes.push(line);
  } finally {
    await browser.close();
    await harness.close();
  }
  Object.assign(results, measureCliStartup(CLI_RUNS));
  Object.assign(results, measureCliHostile(5));
  Object.assign(results, measureSolve(21));
  writeFileSync(path.join(here, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  const rows = Object.entries(results).map(([name, r]) => {
    const kind = name.split(".")[1] ?? "";
    const target = name.startsWith("treemap.")
      ? TARGETS[kind]
      : /^(app|map)\./.test(name)
        ? OPEN_TARGET
        : undefined;
    const verdict =
      target === undefined ? "" : r.median_ms < target ? `< ${target} ok` : `>= ${target} MISSED`;
    return `${name.padEnd(52)} ${r.median_ms.toFixed(2).padStart(9)} ms  ${String(r.runs).padStart(3)} runs  ${verdict}`;
  });
  console.log(["figure".padEnd(52) + "    median        runs  target", ...rows].join("\n"));
  console.log(notes.join("\n"));
  reportCli(results);
  const dist = path.join(here, "..", "dist", "assets");
  if (existsSync(dist)) {
    const files = readdirSync(dist).filter((f) => f.endsWith(".js") || f.endsWith(".css"));
    const raw = files.reduce((a, f) => a + statSync(path.join(dist, f)).size, 0);
    const gz = files.reduce((a, f) => a + gzipSync(readFileSync(path.join(dist, f))).length, 0);
    console.log(
      `bundle (dist/assets js+css): ${(raw / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzip`,
    );
  }
}

/** Measures the cold start of the build in BENCH_DIST (default dist/), merges it into bench/latest.json, prints it. */
async function mainColdStartOnly(): Promise<void> {
  const browser = await launchBenchBrowser();
  try {
    const dist = path.resolve(process.env.BENCH_DIST ?? path.join(here, "..", "dist"));
    const cold = await measureColdStart(browser, dist, PORT + 2, RUNS);
    mergeLatest(cold.timings);
    for (const [name, r] of Object.entries(cold.timings))
      console.log(`${name.padEnd(30)} ${r.median_ms.toFixed(1).padStart(8)} ms  ${r.runs} runs`);
    for (const line of cold.lines) console.log(line);
    printLoad();
  } finally {
    await browser.close();
  }
}

/** Opens the hostile links and big designs in the built app, merges the figures into bench/latest.json, prints them. */
async function mainOpenOnly(): Promise<void> {
  const dist = path.relative(path.join(here, ".."), process.env.BENCH_DIST ?? "dist");
  const open = await measureHostileOpen(PORT + 1, Math.min(RUNS, 5), dist);
  mergeLatest(open);
  for (const [name, r] of Object.entries(open)) {
    const verdict = r.median_ms < OPEN_TARGET ? "ok" : "MISSED";
    console.log(
      `${name.padEnd(36)} ${r.median_ms.toFixed(0).padStart(6)} ms  ${r.runs} runs (target < ${OPEN_TARGET}: ${verdict})`,
    );
  }
  printLoad();
}

/** Measures the hostile-design validations, merges them into bench/latest.json, prints them. */
function mainCliHostile(): void {
  const hostile = measureCliHostile(Number(process.env.BENCH_CLI_RUNS ?? 5));
  mergeLatest(hostile);
  for (const [name, r] of Object.entries(hostile)) {
    const verdict = r.median_ms < CLI_HOSTILE_TARGET ? "ok" : "MISSED";
    console.log(
      `${name.padEnd(30)} ${r.median_ms.toFixed(1).padStart(8)} ms, exit ${r.exit} (target < ${CLI_HOSTILE_TARGET}: ${verdict})`,
    );
  }
}

/** Measures the solver, merges its figures into bench/latest.json, prints them. */
function mainSolve(): void {
  const solve = measureSolve(Number(process.env.BENCH_SOLVE_RUNS ?? 21));
  mergeLatest(solve);
  for (const [name, r] of Object.entries(solve)) {
    const verdict = r.median_ms < SOLVE_TARGET ? "ok" : "MISSED";
    console.log(
      `${name.padEnd(40)} ${r.median_ms.toFixed(1).padStart(8)} ms wall, ${r.cpu_ms.toFixed(1)} ms CPU (target < ${SOLVE_TARGET}: ${verdict})`,
    );
  }
}

await (ONLY_COLD_START
  ? mainColdStartOnly()
  : ONLY_OPEN
    ? mainOpenOnly()
    : ONLY_SOLVE
      ? mainSolve()
      : ONLY_CLI_HOSTILE
        ? mainCliHostile()
        : ONLY_CLI
          ? mainCliOnly()
          : main());
