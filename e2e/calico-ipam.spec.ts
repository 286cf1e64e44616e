import { expect, test } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

// Calico's IPAMConfiguration (docs.tigera.io calico/latest/reference/resources/ipamconfig):
// maxBlocksPerHost default 20 (0 = no limit), strictAffinity default false. The fields show only
// where Calico IPAM applies.
test.describe("Calico IPAMConfiguration fields", () => {
  test("are labelled, keyboard reachable and change capacity", async ({ page }) => {
    const app = new DesignerPage(page);
    await app.open();
    await app.select("cni.kind", "Calico");
    await app.select("cni.ipam", "calico-ipam");
    await app.type("ipv4.nodeMask", "26");
    const blocks = page.getByLabel("Max blocks per node (maxBlocksPerHost)");
    const strict = page.getByLabel("Strict affinity", { exact: true });
    await expect(blocks).toHaveValue("20");
    await expect(strict).not.toBeChecked();
    // Keyboard: from the BGP checkbox, Tab reaches the block cap, then strict affinity.
    await app.field("cni.bgp").focus();
    await page.keyboard.press("Tab");
    await expect(blocks).toBeFocused();
    await page.keyboard.press("Control+A");
    await page.keyboard.type("1");
    await page.keyboard.press("Tab");
    await expect(strict).toBeFocused();
    await page.keyboard.press("Space");
    await expect(strict).toBeChecked();
    await expect(blocks).toHaveValue("1");
    // One affine /26 of 64 addresses, less the VXLAN tunnel address: 63 pods per node.
    await expect(app.capacityFigure("Pods per node")).toHaveText("63");
    await app.select("cni.ipam", "host-local");
    await expect(blocks).toHaveCount(0);
    await expect(strict).toHaveCount(0);
  });

  test("axe clean at 1440x900, 390x844 and 200% zoom, light and dark", async ({ page }) => {
    test.setTimeout(120_000); // six axe runs
    // One page for the six states: the viewport and colour scheme change in place (a 200% zoom
    // lays out as a 720x450 viewport; axe reads layout and colours, not device pixels).
    const app = new DesignerPage(page);
    await app.open();
    await app.select("cni.kind", "Calico");
    await app.select("cni.ipam", "calico-ipam");
    for (const viewport of [
      { width: 1440, height: 900 },
      { width: 390, height: 844 },
      { width: 720, height: 450 },
    ]) {
      await page.setViewportSize(viewport);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
        await page.locator("#panel-cni").scrollIntoViewIfNeeded();
        const axe = await axeCheck(page)
          .include("#panel-cni")
          .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
          .analyze();
        const where = `${viewport.width}x${viewport.height} ${colorScheme}`;
        expect(axe.violations.map((v) => `${where} ${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      }
    }
  });
});
