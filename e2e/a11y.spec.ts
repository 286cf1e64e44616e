import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

/** Runs axe (WCAG 2.x A/AA plus best practices) and returns the violations, summarised. */
async function violations(page: Page): Promise<string[]> {
  const result = await axeCheck(page)
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

const SCENES: readonly { name: string; setup: (app: DesignerPage) => Promise<void> }[] = [
  { name: "default", setup: async () => {} },
  { name: "dual-stack", setup: (app) => app.loadPreset("Dual-stack (kind-like)") },
  {
    name: "findings",
    setup: async (app) => {
      await app.loadPreset("Cilium defaults");
      await app.field("ipv4.podCidrs.0").fill("not a cidr");
    },
  },
];

for (const scene of SCENES) {
  test(`axe finds no violations: ${scene.name}, light and dark themes`, async ({ page }) => {
    test.setTimeout(120_000); // axe over the whole page takes ~20 s on a loaded 2-core machine
    const app = new DesignerPage(page);
    await app.open();
    await scene.setup(app);
    // One page per scene; the theme is switched in place and each is checked.
    for (const theme of ["Light", "Dark"] as const) {
      await app.setTheme(theme);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme.toLowerCase());
      expect(await violations(page), theme).toEqual([]);
    }
  });
}

test("the system theme follows prefers-color-scheme and the choice persists", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const app = new DesignerPage(page);
  await app.open();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.emulateMedia({ colorScheme: "light" });
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await app.setTheme("Dark");
  await page.reload();
  await expect(page.getByLabel("Theme")).toHaveValue("dark");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

test("keyboard only: tab to a field, edit it, collapse a panel, reach a finding", async ({
  page,
}) => {
  test.setTimeout(90_000); // up to 80 Tab presses; slow on a loaded machine
  const app = new DesignerPage(page);
  await app.open();
  await page.locator("body").focus();
  const reached: string[] = [];
  for (let i = 0; i < 12 && reached.at(-1) !== "field-name"; i += 1) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => document.activeElement?.id ?? ""));
  }
  expect(reached).toContain("preset-select");
  expect(reached.at(-1)).toBe("field-name");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("prod-eu");
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveId("field-kubernetesVersion");
  await expect(app.field("name")).toHaveValue("prod-eu");

  // Panels open and close from the keyboard.
  await page.locator("#panel-ipv4-pods > summary").focus();
  await page.keyboard.press("Enter");
  await expect(app.field("ipv4.podCidrs.0")).toBeHidden();
  await page.keyboard.press("Enter");
  await expect(app.field("ipv4.podCidrs.0")).toBeVisible();

  // Make an error, then reach its finding with Tab and follow it with Enter.
  await page.keyboard.press("Tab");
  await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("10.96.0.0/16");
  await app.select("cni.kind", "Cilium");
  const finding = app.finding(/overlaps Service range/);
  await expect(finding).toBeVisible();
  // Tab on from the field until the finding has focus (marked once, so each step is one cheap check).
  await finding.evaluate((el) => el.setAttribute("data-e2e-target", ""));
  let onFinding = false;
  for (let i = 0; i < 80 && !onFinding; i += 1) {
    await page.keyboard.press("Tab");
    onFinding = await page.evaluate(
      () => document.activeElement?.hasAttribute("data-e2e-target") === true,
    );
  }
  expect(onFinding).toBe(true);
  await page.keyboard.press("Enter");
  await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
});

test("focus is visible on every kind of control", async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  for (const selector of ['[id="field-name"]', "#preset-select", "#panel-cluster > summary"]) {
    await page.locator(selector).focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    const outline = await page
      .locator(selector)
      .evaluate(
        (el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth,
      );
    expect(outline, selector).toMatch(/solid 3px/);
  }
});
