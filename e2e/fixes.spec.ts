import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

/** The case: 500 nodes, Cilium cluster-pool, pods /16 with /24 per node (256 ranges). */
async function fiveHundredCiliumNodes(page: Page): Promise<DesignerPage> {
  const app = new DesignerPage(page);
  await app.select("cni.kind", "Cilium");
  await app.type("nodes.count", "500");
  return app;
}

test.describe("fixes the solver offers", () => {
  test("the 500-node Cilium case reaches a clean design in one keyboard Apply, one undo step", async ({
    page,
  }) => {
    test.setTimeout(90_000); // axe twice on a loaded 2-core machine
    const app = new DesignerPage(page);
    await app.open();
    await fiveHundredCiliumNodes(page);
    const apply = app.findings.getByRole("button", {
      name: "Apply: pods 10.244.0.0/14 → 1,024 node ranges, fits 600",
    });
    await expect(
      app.findings.getByText("node mask /25 → 512 nodes of 110 pods, still short of 600"),
    ).toBeVisible();
    // axe over the findings with their fixes, both themes.
    for (const theme of ["Light", "Dark"] as const) {
      await app.setTheme(theme);
      const axe = await axeCheck(page)
        .include(".findings")
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
        .analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
    }
    await apply.focus();
    await page.keyboard.press("Enter");
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.244.0.0/14");
    await expect(app.findings.locator(".findings-summary")).toHaveText(
      "0 errors, 0 warnings, 1 info",
    );
    await expect(app.findings.locator(".findings-summary")).toBeFocused();
    await page.getByRole("button", { name: /Undo/ }).click();
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.244.0.0/16");
    await expect(app.field("nodes.count")).toHaveValue("500");
  });
});
