/**
 * Screenshots of the built app for a person to look at: each scene (the default design, every
 * preset, or links given with --link) at 1440x900, 390x844 and 200 % zoom (720x450 at scale 2),
 * light and dark. Not a test: it asserts nothing; `npm run shots` after `vite build`.
 *
 *   node --import tsx scripts/screenshots.ts [--dist dist] [--out shots] [--port 4390]
 *     [--presets] [--link NAME=#fragment ...] [--full]
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { preview } from "vite";
import { encodeLink } from "../src/core/codec/link.ts";
import { PRESETS } from "../src/core/design/presets.ts";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.ts";

const { values } = parseArgs({
  options: {
    dist: { type: "string", default: "dist" },
    out: { type: "string", default: "shots" },
    port: { type: "string", default: "4390" },
    presets: { type: "boolean", default: false },
    link: { type: "string", multiple: true, default: [] },
    full: { type: "boolean", default: false },
  },
});

/** The sizes every changed screen is looked at in (the guide's list). */
const SIZES = [
  { name: "1440x900", viewport: { width: 1440, height: 900 }, scale: 1 },
  { name: "390x844", viewport: { width: 390, height: 844 }, scale: 1 },
  { name: "200-zoom", viewport: { width: 720, height: 450 }, scale: 2 },
] as const;

/** Scene name and the fragment that opens it ("" is the default design). */
function scenes(): [string, string][] {
  const out: [string, string][] = [["default", ""]];
  if (values.presets)
    for (const p of PRESETS) out.push([`preset-${p.id}`, `#${encodeLink(p.design)}`]);
  for (const spec of values.link) {
    const at = spec.indexOf("=");
    if (at <= 0) throw new Error(`--link takes NAME=#fragment, not "${spec}"`);
    out.push([spec.slice(0, at), spec.slice(at + 1)]);
  }
  return out;
}

const port = Number(values.port);
const out = path.resolve(values.out);
mkdirSync(out, { recursive: true });
const server = await preview({
  logLevel: "warn",
  build: { outDir: values.dist },
  preview: { port, strictPort: true, host: "127.0.0.1" },
});
const executablePath = chromiumPath();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: [...CHROMIUM_ARGS],
});
try {
  for (const [name, fragment] of scenes()) {
    for (const size of SIZES) {
      for (const theme of ["light", "dark"] as const) {
        const context = await browser.newContext({
          viewport: size.viewport,
          deviceScaleFactor: size.scale,
          colorScheme: theme,
        });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${port}/${fragment}`);
        await page.waitForSelector(".tm-map canvas");
        await page.waitForTimeout(300);
        const file = path.join(out, `${name}-${size.name}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: values.full });
        console.log(file);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
