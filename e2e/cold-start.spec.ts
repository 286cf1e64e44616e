import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

// index.html's static shell paints before the app's JavaScript runs, is laid out like the app
// (header and columns where the app draws them), is accessible on its own, and is replaced
// cleanly: one banner, one main, no shell left, no policy violation.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function boxes(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(() => {
    const out: Record<string, number[]> = {};
    for (const s of [".app-header h1", ".col-panels", ".col-map", ".col-side"]) {
      const b = document.querySelector(s)?.getBoundingClientRect();
      if (b) out[s] = [b.x, b.y, b.width].map(Math.round);
    }
    return out;
  });
}

for (const theme of ["light", "dark"] as const)
  test(`with JavaScript blocked the shell shows the header, the columns and the plan (${theme})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      colorScheme: theme,
      viewport: { width: 1440, height: 900 },
    });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page.getByRole("banner").getByRole("heading", { level: 1 })).toHaveText(
      "k8s-subnet-designer",
    );
    await expect(page.getByRole("img", { name: /^The default plan/ })).toBeVisible();
    const plan = await page.locator(".shell-plan").boundingBox();
    expect(plan?.width).toBeGreaterThan(600);
    // Styled by the inlined stylesheet (allowed by its hash, never unsafe-inline): laid out.
    const b = await boxes(page);
    expect(b[".col-map"]?.[0]).toBeGreaterThan(300);
    expect(b[".col-side"]?.[0]).toBeGreaterThan(b[".col-map"]?.[0] ?? 0);
    await context.close();
  });

test("the app replaces the shell in place: same header and columns, one banner and main", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // Hold the app's code back until the shell has been measured.
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/startApp-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("/");
  await expect(page.locator(".shell")).toBeVisible();
  const shell = await boxes(page);
  // The shell alone is accessible (axe needs scripts, so it runs while the app is held back).
  const shellAxe = await axeCheck(page).withTags(AXE_TAGS).analyze();
  expect(shellAxe.violations.map((v) => v.id)).toEqual([]);
  release();
  await expect(page.getByRole("textbox", { name: "Cluster name" })).toBeVisible();
  await expect(page.locator(".shell")).toHaveCount(0);
  await expect(page.locator(".tm-legend")).toBeVisible();
  const app = await boxes(page);
  expect(app).toEqual(shell);
  await expect(page.getByRole("banner")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  // (The app's own axe checks are in a11y.spec.ts and map-navigation.spec.ts.)
  expect(violations).toEqual([]);
  await context.close();
});

test("deferred code (exports, yaml, d3-zoom, the Plan panel, the link codec) is not fetched at start", async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto("/");
  await expect(page.locator(".tm-legend")).toBeVisible();
  await page.waitForTimeout(1500);
  // The unchanged default design needs no link: nothing is encoded at start (ADR 0036).
  expect(new URL(page.url()).hash).toBe("");
  // Loaded on intent, never for the first screen: exports, import, the Plan panel's form and
  // solver, the map's SVG/PNG writers.
  // the link codec and fflate (ADR 0045).
  for (const chunk of ["ExportPanel", "ImportDialog", "PlanPanel", "exportFrame", "linkCodec"])
    expect(scripts.filter((s) => s.includes(`/${chunk}-`))).toEqual([]);
  // The app's start is one chunk besides the page's entry and rolldown's runtime (ADR 0046).
  expect(scripts.filter((s) => !/\/(index|rolldown-runtime|startApp)-[\w-]+\.js$/.test(s))).toEqual(
    [],
  );
  // index.html lists exactly those start files (ADR 0040), each fetched once (the preloaded
  // response is the one the app's loader uses), and the app's stylesheet beside them.
  const html = await (await page.request.get("/")).text();
  const listed = (rel: string) =>
    [...html.matchAll(new RegExp(`<link rel="${rel}"[^>]*href="\\.([^"]+)"`, "g"))].map(
      (m) => m[1],
    );
  expect(listed("modulepreload").sort()).toEqual(
    scripts.filter((s) => !/\/index-[\w-]+\.js$/.test(s)).sort(),
  );
  expect(new Set(scripts).size).toBe(scripts.length);
  const styles = await page
    .locator('link[rel="stylesheet"]')
    .evaluateAll((links) => links.map((l) => new URL((l as HTMLLinkElement).href).pathname));
  expect(listed("preload")).toEqual(styles);
  // d3-zoom loads when the map is about to be used (ADR 0035): here, the pointer enters it.
  expect(scripts.some((s) => /zoomController-/.test(s))).toBe(false);
  const map = await page.locator(".tm-map").first().boundingBox();
  const d3 = page.waitForRequest(/zoomController-[^/]+\.js$/);
  await page.mouse.move((map?.x ?? 0) + 50, (map?.y ?? 0) + 50);
  await d3;
  // Asked for from the header, it loads.
  await page.getByRole("button", { name: "Exports" }).click();
  await expect(
    page.getByRole("region", { name: "Exports" }).getByRole("tab").first(),
  ).toBeVisible();
});

test("an edit made while the link codec is on its way survives a reload (ADR 0045)", async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/linkCodec-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue().catch(() => undefined); // the page that asked may be gone
  });
  const app = new DesignerPage(page);
  await app.open();
  await app.type("name", "before-the-codec");
  await page.reload();
  await expect(app.field("name")).toHaveValue("before-the-codec", { timeout: 15_000 });
  expect(new URL(page.url()).hash).toBe("");
  // Once the codec is there, the edit's link is written.
  release();
  await app.type("name", "with-the-codec");
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#d1\./);
});

test("a link's open fetches the link codec from the entry script, before the app starts (ADR 0091)", async ({
  page,
}) => {
  // No paint report and no frames: the app starts only on the 3 s fallback, so a codec fetch
  // that starts before then came from the entry's preload, not from the start.
  await page.addInitScript(() => {
    Object.defineProperty(PerformanceObserver, "supportedEntryTypes", { get: () => [] });
    window.requestAnimationFrame = () => 0;
  });
  await page.goto("/#d1.not-a-real-link");
  const html = await (await page.request.get("/")).text();
  const listed = /<meta name="k8s-subnet-designer:link-codec" content="([^"]+)"/.exec(html)?.[1];
  const files = (listed ?? "").split(" ").map((f) => f.replace(/^\./, ""));
  expect(files.map((f) => /\/(linkCodec|link)-/.exec(f)?.[1])).toEqual(["linkCodec", "link"]);
  const started = () =>
    page.evaluate(
      (wanted) =>
        performance
          .getEntriesByType("resource")
          .filter((r) => wanted.includes(new URL(r.name).pathname))
          .map((r) => Math.round(r.startTime)),
      files,
    );
  await expect.poll(async () => (await started()).length).toBe(files.length);
  for (const at of await started()) expect(at).toBeLessThan(3000);
});
