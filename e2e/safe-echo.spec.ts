import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

// Text from input is shown with control, bidi and zero-width characters escaped (issue 13):
// "10.0.0.0\u202e/8" must read `\u202e`, never reorder what follows it.
const RLO = "\u202e";
const FIXTURES = path.resolve(import.meta.dirname, "fixtures/links");

test.describe("safe echo of input in the app", () => {
  let app: DesignerPage;
  test.beforeEach(async ({ page }) => {
    app = new DesignerPage(page);
    await app.open();
  });

  test("a field's error quotes the typed text escaped", async () => {
    await app.type("ipv4.podCidrs.0", `10.0.0.0${RLO}/8`);
    await expect(app.fieldError("ipv4.podCidrs.0")).toContainText("10.0.0.0\\u202e/8");
    expect(await app.fieldError("ipv4.podCidrs.0").textContent()).not.toContain(RLO);
  });

  test("the import dialog's messages show a key's bidi and zero-width characters escaped", async ({
    page,
  }) => {
    await page.getByRole("button", { name: "Import config…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import from a cluster's config" });
    await dialog
      .getByLabel("Configuration text")
      .fill(`ipam:\n  mode: kubernetes\nhub${RLO}ble\u200b: 1\n`);
    const result = dialog.getByRole("status");
    await expect(result).toContainText("hub\\u202eble\\u200b: ignored");
    // The text box holds what was pasted, as pasted; what the app says about it is escaped.
    const text = (await result.textContent()) ?? "";
    expect(text).not.toContain(RLO);
    expect(text).not.toContain("\u200b");
  });

  test("the status line shows a refused file's echoed value escaped", async ({ page }) => {
    const bad = JSON.parse(await readFile(path.join(FIXTURES, "default.json"), "utf8"));
    bad.ipv4.podCidrs = [`10.0.0.0${RLO}/99`];
    await page.getByTestId("design-file-input").setInputFiles({
      name: "evil.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const alert = page.locator(".sharing-messages [role=alert]");
    await expect(alert).toContainText("This file cannot be opened");
    await expect(alert).toContainText("10.0.0.0\\u202e/99");
    expect(await alert.textContent()).not.toContain(RLO);
  });
});
