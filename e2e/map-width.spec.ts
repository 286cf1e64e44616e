import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const LINK = path.resolve(import.meta.dirname, "fixtures/links/hostile-lb-ipv6-64.txt");

/** What recordCanvasWidths keeps on the page. */
type CanvasWidths = Window & { canvasWidths?: string[] };

/** In the page, before it loads: records every width the map's canvas is given. */
function recordCanvasWidths(): void {
  const seen: string[] = [];
  (window as CanvasWidths).canvasWidths = seen;
  new MutationObserver((records) => {
    for (const r of records) {
      const el = r.target as Element;
      if (el.tagName === "CANVAS" && el.closest(".tm-map"))
        seen.push(el.getAttribute("width") ?? "");
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ["width"] });
}

/**
 * The map is measured once when a design opens: the map column's scrollbar, which appears when the
 * plan makes the column tall, must not change the map's width after its first measure (that
 * rebuilt the whole plan scene and painted the canvas twice on every open). Playwright hides
 * scrollbars by default, so this test runs a browser that shows them, at the bench's size.
 */
test("opening a tall plan keeps the map at the width it was first measured", async ({
  playwright,
}, info) => {
  const browser = await playwright.chromium.launch({
    ...info.project.use.launchOptions,
    ignoreDefaultArgs: ["--hide-scrollbars"],
  });
  try {
    const page = await browser.newPage({
      viewport: { width: 1440, height: 900 },
      ...(info.project.use.baseURL ? { baseURL: info.project.use.baseURL } : {}),
    });
    await page.addInitScript(recordCanvasWidths);
    await page.goto(`/#${readFileSync(LINK, "utf8").trim()}`);
    await expect(page.getByRole("region", { name: "Findings" })).toContainText(
      "overlaps the LoadBalancer pool",
      { timeout: 30_000 },
    );
    await expect(page.locator(".tm-map canvas").first()).toBeVisible();
    // The column does scroll here (so the test is about something).
    const col = page.locator(".col-map");
    expect(await col.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
    const widths = await page.evaluate(() => (window as CanvasWidths).canvasWidths ?? []);
    expect(widths.length).toBeGreaterThan(0);
    expect(new Set(widths).size, `canvas widths: ${widths.join(", ")}`).toBe(1);
  } finally {
    await browser.close();
  }
});
