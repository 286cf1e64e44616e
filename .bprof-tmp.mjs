import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
const [dist, port, file] = process.argv.slice(2);
const srv = spawn("npx", ["vite", "preview", "--host", "127.0.0.1", "--port", port, "--strictPort", "--outDir", dist], { stdio: "ignore", detached: true });
await new Promise((r) => setTimeout(r, 2500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const link = readFileSync(file, "utf8").trim().replace(/^http:\/\/127\.0\.0\.1:\d+\//, `http://127.0.0.1:${port}/`);
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable"); await cdp.send("Profiler.start");
  const t0 = Date.now();
  await page.goto(link, { timeout: 120000 });
  await page.waitForSelector(".tm-map canvas", { timeout: 120000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  console.log("ms", Date.now() - t0);
  const { profile: p } = await cdp.send("Profiler.stop");
  const self = {}; const dt = {};
  p.samples.forEach((s, i) => { dt[s] = (dt[s] || 0) + (p.timeDeltas[i] || 0); });
  for (const n of p.nodes) { const k = n.callFrame.functionName + " " + n.callFrame.url.split("/").pop() + ":" + n.callFrame.lineNumber; self[k] = (self[k] || 0) + (dt[n.id] || 0); }
  Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / 1000).toFixed(0), k));
} finally { await browser.close(); process.kill(-srv.pid); }
