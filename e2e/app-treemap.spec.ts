import { expect, test, type Locator } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

// The treemap inside the real app shell (not the harness): positions, keyboard selection into the
// side column, and an overlap linked to the field of its finding.

/** The [x, y, width, height] a cell's option reports in map CSS px. */
async function rectOf(option: Locator): Promise<{ x: number; y: number; w: number; h: number }> {
  const [x, y, w, h] = ((await option.getAttribute("data-rect")) ?? "").split(",").map(Number);
  return { x: x ?? NaN, y: y ?? NaN, w: w ?? NaN, h: h ?? NaN };
}

test("the IPv4 map places the Service range before the pod range in address order", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  const map = page.getByRole("listbox", { name: /^IPv4 address map of 10\.0\.0\.0\/8/ });
  await expect(map).toBeVisible();
  const svc = await rectOf(map.getByRole("option", { name: /^Service range 10\.96\.0\.0\/12$/ }));
  const pods = await rectOf(map.getByRole("option", { name: /^Pod range 10\.244\.0\.0\/16/ }));
  // 10.96.0.0 < 10.244.0.0: with bits alternating x then y, 96 = 0110 and 244 = 1111 put the
  // Service range in the left half's lower part and the pod range further right and lower.
  expect(svc.x + svc.w).toBeLessThanOrEqual(pods.x);
  expect(svc.y).toBeLessThan(pods.y);
  // A /12 holds 16 /16s: its area is 16 times the pod range's.
  expect(Math.round((svc.w * svc.h) / (pods.w * pods.h))).toBe(16);
});

test("keyboard: Tab to the map, arrows, Space selects, and the side column shows the cell", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  const map = page.getByRole("listbox", { name: /^IPv4 address map/ });
  // Tab from the control just before the map (the IPv4 toolbar's last button) lands on the map.
  await page
    .getByRole("region", { name: "IPv4 address space" })
    .getByRole("button", { name: "Download PNG" })
    .focus();
  await page.keyboard.press("Tab");
  await expect(map).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const active = map.locator(`[id="${(await map.getAttribute("aria-activedescendant")) ?? ""}"]`);
  await expect(active).toHaveCount(1);
  const name = (await active.textContent()) ?? "";
  const cidr = /(\d+\.\d+\.\d+\.\d+\/\d+)/.exec(name)?.[1];
  expect(cidr).toBeTruthy();
  await page.keyboard.press("Space");
  const details = page.getByRole("region", { name: "Selected cell" });
  await expect(details).toContainText(cidr ?? "none");
  await expect(active).toHaveAttribute("aria-selected", "true");
});

test("Cilium defaults: the overlap is drawn and its activation reaches the finding's field", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.loadPreset("Cilium defaults");
  await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.0.0.0/8");
  const map = page.getByRole("listbox", { name: /^IPv4 address map/ });
  const overlap = map.locator('[role="option"][data-kind="overlap"]').first();
  await expect(overlap).toHaveCount(1);
  await expect(overlap).toContainText("10.96.0.0/12");
  const r = await rectOf(overlap);
  const box = await map.boundingBox();
  if (!box) throw new Error("no map box");
  await page.mouse.click(box.x + r.x + r.w / 2, box.y + r.y + r.h / 2);
  // The finding names the pod range or the Service range first; either field is the right one.
  await expect(page.locator(":focus")).toHaveAttribute(
    "id",
    /^field-ipv4-(podCidrs-0|serviceCidr)$/,
  );
});
