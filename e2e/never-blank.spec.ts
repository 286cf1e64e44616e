import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

const AUTOSAVE_KEY = "k8s-subnet-designer.design";

/**
 * A panel that throws shows what failed and the rest keeps working. No design makes a panel throw
 * today (that would be a bug to fix), so the test breaks the browser instead: from a chosen moment
 * the canvas refuses to fill rectangles, so the map throws while painting the next design.
 */
test("a failing map shows what failed, keeps the rest working, is not autosaved, and offers the last good design", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const app = new DesignerPage(page);
  await app.open();
  await app.type("name", "good-one");
  await expect
    .poll(() => page.evaluate((k) => localStorage.getItem(k) ?? "", AUTOSAVE_KEY))
    .toContain('"name":"good-one"');

  await page.evaluate(() => {
    const fill = CanvasRenderingContext2D.prototype.fillRect;
    CanvasRenderingContext2D.prototype.fillRect = function (...args) {
      if ((window as unknown as { __breakCanvas?: boolean }).__breakCanvas)
        throw new Error("the canvas refused to draw (\u202etest)");
      return fill.apply(this, args);
    };
    (window as unknown as { __breakCanvas?: boolean }).__breakCanvas = true;
  });
  await app.type("name", "bad-one");

  const failed = page.getByRole("alert").filter({ hasText: "The address map could not be shown" });
  await expect(failed).toBeVisible();
  await expect(failed).toContainText("the canvas refused to draw (\\u202etest)");
  // The rest works: the panels edit, the findings and capacity follow.
  await expect(page.getByRole("region", { name: "Findings" })).toBeVisible();
  await app.type("nodes.count", "70");
  await expect(app.field("nodes.count")).toHaveValue("70");
  // Not autosaved: storage keeps the last good design.
  await page.waitForTimeout(1500);
  expect(await page.evaluate((k) => localStorage.getItem(k) ?? "", AUTOSAVE_KEY)).toContain(
    '"name":"good-one"',
  );

  await page.evaluate(() => {
    (window as unknown as { __breakCanvas?: boolean }).__breakCanvas = false;
  });
  await failed.getByRole("button", { name: "Open the last good design" }).click();
  await expect(app.field("name")).toHaveValue("good-one");
  await expect(failed).toHaveCount(0);
  await expect(page.locator(".tm-map canvas").first()).toBeVisible();
});

test("a static Pod manifest with a non-text command word never blanks the app", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole("button", { name: "Import config…" }).click();
  await page
    .getByLabel("Configuration text")
    .fill(
      "kind: Pod\nspec:\n  containers:\n  - command:\n    - kube-controller-manager\n    - {toString: 1}\n",
    );
  // Either the importer says what it could not read, or the dialog's boundary says what failed.
  await expect(
    page
      .getByRole("dialog")
      .or(page.getByRole("alert").filter({ hasText: "could not be shown" }))
      .first(),
  ).toBeVisible();
  await page.waitForTimeout(1000);
  await page.keyboard.press("Escape");
  await expect(app.field("name")).toBeVisible();
  await app.type("name", "still-works");
  await expect(app.field("name")).toHaveValue("still-works");
  await expect(page.locator(".tm-map canvas").first()).toBeVisible();
  expect(errors).toEqual([]);
});
