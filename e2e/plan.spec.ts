import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

const planPanel = (page: Page) => page.locator("#panel-plan");
const previewBar = (page: Page) => page.getByRole("region", { name: /^Preview/ });
const exportsPanel = (page: Page) => page.getByRole("region", { name: "Exports" });
/** The kubeadm export's text (its tab chosen: a LoadBalancer pool puts MetalLB first). */
async function kubeadm(page: Page) {
  await exportsPanel(page).getByRole("tab", { name: "kubeadm configuration" }).click();
  return exportsPanel(page).getByRole("region", { name: "kubeadm-config.yaml contents" });
}

test.describe("plan from a budget", () => {
  test("budget and requirements in, preview, take, see it in map and exports, undo", async ({
    page,
  }) => {
    test.setTimeout(60_000); // one axe run on a loaded 2-core machine
    const app = new DesignerPage(page);
    await app.open();
    await planPanel(page).locator("summary").click();
    const budget = page.getByLabel("IPv4 budget");
    const fill = async (label: string, text: string) => page.getByLabel(label).fill(text);
    await fill("Nodes now", "150");
    await fill("Maximum nodes", "300");
    await fill("Upgrade surge", "10");
    await fill("Services", "2000");
    await fill("LoadBalancer addresses", "32");
    await fill("Pods per node", "lots");
    await budget.fill("10.40.0.0/20");
    await page.getByRole("button", { name: "Preview proposal" }).click();
    // Bad input at its field, and focus goes to the first field in error.
    await expect(page.getByLabel("Pods per node")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Pods per node")).toBeFocused();
    await fill("Pods per node", "110");
    await page.getByRole("button", { name: "Preview proposal" }).click();
    // Nothing fits a /20: the solver's shortfall, with what to relax, at the budget.
    await expect(budget).toHaveAttribute("aria-invalid", "true");
    await expect(planPanel(page).locator(".field-error")).toContainText("Relax:");
    await expect(previewBar(page)).toHaveCount(0);

    await budget.fill("10.40.0.0/15");
    await page.getByRole("button", { name: "Preview proposal" }).click();
    await expect(previewBar(page)).toContainText("Proposal from 10.40.0.0/15");
    await expect(previewBar(page)).toContainText("10.40.0.0/16");
    await expect(page.locator(".map-frame")).toHaveAttribute("data-preview", "true");
    // The table beside the map shows the previewed ranges; the design is untouched.
    await expect(
      page.getByRole("button", { name: "Show Pod range 10.40.0.0/16 on the map" }),
    ).toBeVisible();
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.244.0.0/16");
    await expect(await kubeadm(page)).toContainText("podSubnet: 10.244.0.0/16");
    const axe = await axeCheck(page)
      .include("#panel-plan")
      .include(".preview-bar")
      .include(".next-free")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);

    await previewBar(page).getByRole("button", { name: "Take" }).click();
    await expect(previewBar(page)).toHaveCount(0);
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.40.0.0/16");
    await expect(await kubeadm(page)).toContainText("podSubnet: 10.40.0.0/16");
    await exportsPanel(page).getByRole("tab", { name: "MetalLB pools" }).click();
    await expect(exportsPanel(page).getByRole("tabpanel")).toContainText("10.41.10.0/27");
    await expect(page.locator(".map-frame")).not.toHaveAttribute("data-preview", "true");
    await expect(
      page.getByRole("button", { name: "Show Pod range 10.40.0.0/16 on the map" }),
    ).toBeVisible();

    await page.getByRole("button", { name: /Undo/ }).click();
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.244.0.0/16");
    await expect(await kubeadm(page)).toContainText("podSubnet: 10.244.0.0/16");
  });

  test("next free /N anywhere: preview, discard leaves the design, take adds it", async ({
    page,
  }) => {
    const app = new DesignerPage(page);
    await app.open();
    const form = page.getByRole("form", { name: "Next free block" });
    await form.getByLabel("Next free /N").fill("40");
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(form.getByLabel("Next free /N")).toHaveAttribute("aria-invalid", "true");
    await expect(form.locator(".field-error")).toContainText("8 to 32");
    await form.getByLabel("Next free /N").fill("22");
    await form.getByRole("button", { name: "Preview" }).click();
    await expect(previewBar(page)).toContainText("10.0.4.0/22");
    await previewBar(page).getByRole("button", { name: "Discard" }).click();
    await expect(app.field("nodes.networks.1.cidr")).toHaveCount(0);
    await form.getByRole("button", { name: "Preview" }).click();
    await previewBar(page).getByRole("button", { name: "Take" }).focus();
    await page.keyboard.press("Enter");
    await expect(app.field("nodes.networks.1.cidr")).toHaveValue("10.0.4.0/22");
  });
});
