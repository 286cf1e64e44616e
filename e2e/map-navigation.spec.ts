import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { encodeLink } from "../src/core/codec/link.ts";
import { PRESETS } from "../src/core/design/presets.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";
import { downloadCsvLines } from "./pages/tableCsv.ts";

// The map in the app shell: skip links, keyboard navigation, the table of ranges and gaps and
// its sync with the map, and the one-column layout at 390 px and 200% zoom.

async function noHorizontalScroll(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: document.documentElement.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(width);
}

test("keyboard only: a skip link reaches the map, arrows show the tooltip, Enter and Escape", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to map" })).toBeFocused();
  await page.keyboard.press("Enter");
  const map = page.getByRole("listbox", { name: /^IPv4 address map, plan of every range/ });
  await expect(map).toBeFocused();
  await page.keyboard.press("ArrowRight");
  // The focused cell shows the same tooltip as hover.
  const tip = page.locator(".tm-tooltip");
  await expect(tip).toContainText("10.0.0.0/22");
  await page.keyboard.press(" ");
  const details = page.getByRole("region", { name: "Selected cell" });
  await expect(details).toContainText("10.0.0.0/22");
  await expect(details.getByRole("button", { name: "Open 10.0.0.0/22" })).toBeVisible();
  await page.keyboard.press("Enter");
  const crumbs = page.getByRole("navigation", { name: "IPv4 drill path" });
  await expect(crumbs).toContainText("10.0.0.0/22");
  await expect(
    page.getByRole("listbox", { name: /^IPv4 address map, 10\.0\.0\.0\/22/ }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(map).toBeVisible();
  // The other skip links reach the table, the findings and the exports.
  for (const [name, target] of [
    ["Skip to table", ".tm-table"],
    ["Skip to findings", "#findings-column"],
    ["Skip to exports", "#exports"],
  ] as const) {
    await page.getByRole("link", { name }).focus();
    await page.keyboard.press("Enter");
    await expect(page.locator(target).first()).toBeFocused();
  }
  await expect(page.getByRole("heading", { name: "Exports" })).toBeVisible();
});

test("the table and the map select together; a gap takes its next free /24", async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  const table = page.getByRole("region", { name: "IPv4 ranges and gaps" });
  await table.getByRole("button", { name: "Show Service range 10.96.0.0/12 on the map" }).click();
  const details = page.getByRole("region", { name: "Selected cell" });
  await expect(details).toContainText("1,048,574");
  await expect(
    page.getByRole("option", { name: /^Service range 10\.96\.0\.0\/12$/ }),
  ).toHaveAttribute("aria-selected", "true");
  // The reverse: a click on the pod range's tile marks its row.
  const pods = page.getByRole("option", { name: /^Pod range 10\.244\.0\.0\/16/ });
  const [x, y] = ((await pods.getAttribute("data-rect")) ?? "").split(",").map(Number);
  const box = await page.locator(".tm-map").first().boundingBox();
  if (!box) throw new Error("no map");
  await page.mouse.click(box.x + (x ?? 0) + 60, box.y + (y ?? 0) + 60);
  await expect(table.locator('tr[aria-current="true"]')).toContainText("10.244.0.0/16");
  // CSV: the same rows.
  const lines = await downloadCsvLines(page, table);
  expect(lines[0]).toBe("family,role,name,cidr,first,last,size,usable,notes");
  expect(lines).toHaveLength((await table.locator("tbody tr").count()) + 1);
  // Take the first gap's next free /24 as an external range.
  await table.getByRole("button", { name: "Take 10.0.4.0/24" }).click();
  await expect(table.locator("tbody tr", { hasText: "10.0.4.0/24" })).toContainText(
    "External range",
  );
  await expect(page.getByRole("region", { name: "Findings" })).not.toContainText("overlap");
});

/** Dual-stack with a long IPv6 Service range: its facts (addresses with no break) must wrap. */
function longAddressesLink(): string {
  const design = structuredClone(PRESETS.find((p) => p.id === "dual-stack")?.design);
  if (!design?.ipv6) throw new Error("no dual-stack preset");
  design.ipv6.serviceCidr = "fd12:3456:789a:1::/108";
  return `/#${encodeLink(design)}`;
}

for (const [label, viewport, scale] of [
  ["390x844", { width: 390, height: 844 }, 1],
  ["200% zoom", { width: 720, height: 450 }, 2],
] as const) {
  test(`${label}: one column, no horizontal scroll, axe clean in light and dark`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
    const page = await context.newPage();
    await page.goto(longAddressesLink());
    await expect(page.getByRole("listbox", { name: /IPv4 address map/ })).toBeVisible({
      timeout: 15_000,
    });
    await noHorizontalScroll(page);
    const panels = await page.getByRole("region", { name: "Design" }).boundingBox();
    const map = await page.getByRole("region", { name: "Address map" }).boundingBox();
    expect(map && panels && map.y >= panels.y + panels.height - 1).toBe(true);
    await page.getByRole("region", { name: "IPv4 address space" }).scrollIntoViewIfNeeded();
    // The colour scheme changes in place: one load, both themes checked.
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      const axe = await axeCheck(page)
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(
        axe.violations.map(
          (v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`,
        ),
      ).toEqual([]);
    }
    await context.close();
  });
}
