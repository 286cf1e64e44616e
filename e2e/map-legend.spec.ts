import { expect, test, type Locator, type Page } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

// The legend lists exactly the kinds the map draws in its current view (the map exposes what its
// last paint drew as data-kinds), and no two entries in view look alike, in light and dark.

const map = (page: Page): Locator => page.locator('.tm-map[data-family="ipv4"]');
const legend = (page: Page): Locator => page.getByRole("region", { name: "IPv4 map legend" });

async function drawnKinds(page: Page): Promise<string[]> {
  return ((await map(page).getAttribute("data-kinds")) ?? "").split(" ").filter(Boolean).sort();
}

async function legendKinds(page: Page): Promise<string[]> {
  const kinds = await legend(page)
    .locator("li")
    .evaluateAll((items) => items.map((li) => li.getAttribute("data-kind") ?? ""));
  return kinds.sort();
}

/** The legend lists what the map drew, once the legend has caught up with the last paint. */
async function expectLegendMatchesMap(page: Page): Promise<string[]> {
  await expect(async () => {
    const drawn = await drawnKinds(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(await legendKinds(page)).toEqual(drawn);
  }).toPass({ timeout: 5000 });
  return drawnKinds(page);
}

/** Each swatch's look: its fill (or its pattern's background and path), as rendered. */
async function swatchLooks(page: Page): Promise<string[]> {
  return legend(page)
    .locator("svg.tm-swatch")
    .evaluateAll((svgs) =>
      svgs.map((svg) => {
        const under = svg.querySelector("pattern rect")?.getAttribute("fill") ?? "";
        const path = svg.querySelector("pattern path");
        const face = svg.querySelector(":scope > rect")?.getAttribute("fill") ?? "";
        return path ? `${under} ${path.getAttribute("d") ?? ""}` : face;
      }),
    );
}

for (const theme of ["light", "dark"])
  test(`the legend lists the kinds in view and follows a drill-in (${theme})`, async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
    const top = await expectLegendMatchesMap(page);
    // The default plan: pod range node subnets, Service range, node network, free gaps.
    expect(top).toEqual(expect.arrayContaining(["nodes", "free"]));
    expect(top.some((k) => k.startsWith("addr-"))).toBe(false);
    const looks = await swatchLooks(page);
    expect(new Set(looks).size).toBe(looks.length);

    // Drill into the node network: addresses are drawn, the range kinds of the plan are not.
    await map(page).focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".tm-tooltip")).toContainText("10.0.0.0/22");
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("listbox", { name: /^IPv4 address map, 10\.0\.0\.0\/22/ }),
    ).toBeVisible();
    const inside = await expectLegendMatchesMap(page);
    expect(inside).not.toEqual(top);
    expect(inside).not.toContain("free");
    const insideLooks = await swatchLooks(page);
    expect(new Set(insideLooks).size).toBe(insideLooks.length);

    await page.keyboard.press("Escape");
    expect(await expectLegendMatchesMap(page)).toEqual(top);
  });
