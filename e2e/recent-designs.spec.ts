import { expect, test, type Page } from "@playwright/test";
import { encodeLink } from "../src/core/codec/link.ts";
import { defaultDesign } from "../src/core/design/defaults.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

/** The status line's messages. */
const status = (page: Page) => page.getByRole("status").or(page.getByRole("alert"));

const colleague = { ...defaultDesign(), name: "colleagues-plan" };

test("opening a link over a different autosaved design keeps it one click away", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.type("name", "my-own-plan");
  await app.autosaved('"name":"my-own-plan"');
  await page.goto("about:blank");
  await page.goto(`/#${encodeLink(colleague)}`);
  await expect(app.field("name")).toHaveValue("colleagues-plan");
  await expect(status(page).first()).toContainText('Your previous design "my-own-plan" is kept');
  // One edit to the colleague's design autosaves over mine; mine is still in Recent designs.
  await app.type("nodes.count", "12");
  await app.autosaved('"count":12');
  await page.getByRole("button", { name: "File", exact: true }).click();
  const recent = page.getByRole("group", { name: "Recent designs" });
  await expect(recent).toBeVisible();
  await recent.getByRole("button", { name: /^my-own-plan/ }).click();
  await expect(app.field("name")).toHaveValue("my-own-plan");
  // One undo step goes back to the colleague's design.
  await page.getByRole("button", { name: "Undo", exact: true }).click();
  await expect(app.field("name")).toHaveValue("colleagues-plan");
});

test("two tabs never overwrite each other's autosave without notice", async ({ context }) => {
  const first = await context.newPage();
  const a = new DesignerPage(first);
  await a.open();
  await a.type("name", "tab-one-plan");
  await a.autosaved('"name":"tab-one-plan"');

  const second = await context.newPage();
  const b = new DesignerPage(second);
  await b.open();
  await expect(b.field("name")).toHaveValue("tab-one-plan");
  await b.type("name", "tab-two-plan");
  await b.autosaved('"name":"tab-two-plan"');
  // The first tab is told that another tab autosaves too.
  await expect(status(first).first()).toContainText("Another tab is autosaving a design too");
  // Its next save keeps the second tab's design in the recent designs, and says so.
  await a.type("nodes.count", "33");
  await expect(status(first).first()).toContainText('Another tab had autosaved "tab-two-plan"');
  await first.getByRole("button", { name: "File", exact: true }).click();
  await expect(
    first
      .getByRole("group", { name: "Recent designs" })
      .getByRole("button", { name: /^tab-two-plan/ }),
  ).toBeVisible();
});
