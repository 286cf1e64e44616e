import { expect, test, type Locator } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

/** Whether two elements' boxes intersect on screen. */
async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const [ra, rb] = [await a.boundingBox(), await b.boundingBox()];
  if (!ra || !rb) return false;
  return (
    ra.x < rb.x + rb.width &&
    rb.x < ra.x + ra.width &&
    ra.y < rb.y + rb.height &&
    rb.y < ra.y + ra.height
  );
}

test.describe("the editing loop (issue #14)", () => {
  let app: DesignerPage;
  test.beforeEach(async ({ page }) => {
    app = new DesignerPage(page);
    await app.open();
  });

  test("an invalid field leads the findings and marks the exports and the link as last applied", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await app.type("ipv4.podCidrs.0", "10.244.0.0/33");
    const banner = app.findings.locator(".unapplied");
    await expect(banner).toContainText("1 field is not applied: IPv4 pod range 1");
    await expect(page.locator(".export-stale")).toContainText(
      "These exports show the last applied design: IPv4 pod range 1 is not applied.",
    );
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect(page.locator(".status-line")).toContainText(
      "It carries the last applied design: IPv4 pod range 1 is not applied.",
    );
    // The banner's link focuses the field.
    await banner.getByRole("button", { name: "IPv4 pod range 1" }).click();
    await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
    // Fixing the field clears every mark.
    await app.type("ipv4.podCidrs.0", "10.244.0.0/16");
    await expect(banner).toHaveCount(0);
    await expect(page.locator(".export-stale")).toHaveCount(0);
  });

  test('typing "10.1" shows no error until blur; the red state stays until fixed', async ({
    page,
  }) => {
    const pods = app.field("ipv4.podCidrs.0");
    await pods.fill("10.1");
    await page.waitForTimeout(2000); // well past the pause: "10.1" may still become a CIDR
    await expect(app.fieldError("ipv4.podCidrs.0")).toHaveCount(0);
    await expect(pods).not.toHaveAttribute("aria-invalid", "true");
    await pods.blur();
    await expect(app.fieldError("ipv4.podCidrs.0")).toBeVisible();
    await expect(pods).toHaveAttribute("aria-invalid", "true");
    // Back in the field and still typing a prefix: the error stays until the text is valid.
    await pods.focus();
    await pods.pressSequentially(".0.0");
    await expect(app.fieldError("ipv4.podCidrs.0")).toBeVisible();
    await pods.pressSequentially("/16");
    await expect(app.fieldError("ipv4.podCidrs.0")).toHaveCount(0);
    await expect(app.capacityFigure("Node ranges")).toHaveText("256");
  });

  test("text no typing can repair shows its error after a pause, before blur", async () => {
    await app.field("ipv4.podCidrs.0").fill("10.256");
    await expect(app.fieldError("ipv4.podCidrs.0")).toBeVisible();
    await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
  });

  test("choosing a preset loads it at once with Undo; the box follows edits", async ({ page }) => {
    const box = page.getByLabel("Preset", { exact: true });
    await expect(box.locator("option:checked")).toHaveText("kubeadm");
    await app.loadPreset("k3s");
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.42.0.0/16");
    const message = page
      .locator(".status-line")
      .filter({ hasText: "Loaded the k3s / RKE2 preset" });
    await expect(message).toBeVisible();
    await expect(page.locator("#preset-description")).toContainText("pods 10.42.0.0/16");
    await app.type("nodes.count", "7");
    await expect(box.locator("option:checked")).toHaveText("k3s / RKE2, edited");
    await app.select("cni.kind", "Cilium");
    await expect(box.locator("option:checked")).toHaveText("k3s / RKE2, edited");
    // Undo in the message takes back the load as one step... after the later edits are undone.
    await page.getByRole("button", { name: /^Undo/ }).first().click();
    await page.getByRole("button", { name: /^Undo/ }).first().click();
    await expect(box.locator("option:checked")).toHaveText("k3s / RKE2");
    await app.loadPreset("kind");
    await page.locator(".status-line").getByRole("button", { name: "Undo" }).click();
    await expect(box.locator("option:checked")).toHaveText("k3s / RKE2");
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.42.0.0/16");
  });

  test("the preset that shows an error says so", async ({ page }) => {
    await app.loadPreset("Cilium defaults");
    await expect(page.locator("#preset-description")).toBeVisible();
    await expect(page.locator("#preset-description")).toContainText("Shows an error on purpose");
  });

  test("the status line never overlaps the Findings or the Capacity headline", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.getByRole("button", { name: "Copy link" }).click();
    const status = page.locator(".status-line");
    await expect(status).toContainText(/Link copied \(\d+ characters\)/);
    // The copied link is shown whole and selectable.
    const link = status.locator("input.sharing-selectable");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(link).toHaveValue(copied);
    await app.loadPreset("OpenShift");
    for (const target of [
      app.findings.locator(".findings-summary"),
      app.capacity.locator(".node-bar"),
      app.findings.getByRole("heading", { name: "Findings" }),
    ]) {
      await expect(target).toBeVisible();
      expect(await overlap(status, target)).toBe(false);
    }
  });

  test("the tab title names the design", async ({ page }) => {
    await expect(page).toHaveTitle("my-cluster — k8s-subnet-designer");
    await app.type("name", "edge-west");
    await expect(page).toHaveTitle("edge-west — k8s-subnet-designer");
  });

  test("the node ceiling names the node-network limit beside 1,024 node ranges", async () => {
    await app.type("ipv4.podCidrs.0", "10.248.0.0/14");
    await expect(app.capacityFigure("Node ranges")).toHaveText("1,024");
    await expect(app.capacity.locator(".node-bar")).toContainText("1,021 possible");
    await expect(app.capacity.locator(".node-bar-reason")).toHaveText(
      "Bounded by the IPv4 node networks: 1,021 usable addresses, one per node, fewer than the 1,024 node ranges of the pod ranges.",
    );
  });
});
