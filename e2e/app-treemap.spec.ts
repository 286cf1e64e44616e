import { expect, test, type Locator } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

// The treemap inside the real app shell (not the harness): positions, keyboard selection into the
// details beside the map, and an overlap linked to the field of its finding.

/** The [x, y, width, height] a cell's option reports in map CSS px. */
async function rectOf(option: Locator): Promise<{ x: number; y: number; w: number; h: number }> {
  const [x, y, w, h] = ((await option.getAttribute("data-rect")) ?? "").split(",").map(Number);
  return { x: x ?? NaN, y: y ?? NaN, w: w ?? NaN, h: h ?? NaN };
}

test("true scale places the Service range before the pod range in address order", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole("button", { name: "True scale" }).click();
  const map = page.getByRole("listbox", { name: /^IPv4 address map, 10\.0\.0\.0\/8/ });
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

test("keyboard: Tab to the map, arrows, Space selects, and the details show the cell", async ({
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

test("Cilium defaults, true scale: a named map root of 10.0.0.0/8 makes the pod range fill the map", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await app.loadPreset("Cilium defaults");
  const region = page.getByRole("region", { name: "IPv4 address space" });
  const map = page.getByRole("listbox", { name: /^IPv4 address map/ });
  await expect(map).toHaveAttribute("aria-label", /plan of every range/);
  await region.getByRole("button", { name: "True scale" }).click();
  // 10.0.0.0/8 and 192.168.0.0/22 differ in the first bit: the containing block is everything.
  await expect(map).toHaveAttribute("aria-label", /^IPv4 address map, 0\.0\.0\.0\/0/);
  const pods = map.getByRole("option", { name: /^Pod range 10\.0\.0\.0\/8/ });
  const before = await rectOf(pods);
  const box = await map.boundingBox();
  if (!box) throw new Error("no map box");
  expect(before.w * before.h).toBeLessThan((box.width * box.height) / 200);
  // The tiny node network is still an option of the listbox (keyboard reachable).
  await expect(map.getByRole("option", { name: /192\.168\.0\.0\/22/ })).toHaveCount(1);

  const root = region.getByRole("textbox", { name: "IPv4 map root" });
  await root.fill("fd00::/48");
  await expect(root).toHaveAttribute("aria-invalid", "true");
  await expect(region.getByRole("status")).toContainText("not an IPv4 CIDR");
  await root.fill("10.0.0.0/8");
  await expect(root).toHaveAttribute("aria-invalid", "false");
  await expect(map).toHaveAttribute("aria-label", /^IPv4 address map, 10\.0\.0\.0\/8/);
  const after = await rectOf(pods);
  expect(after.x).toBe(0);
  expect(after.y).toBe(0);
  expect(Math.abs(after.w - box.width)).toBeLessThanOrEqual(2);
  expect(Math.abs(after.h - box.height)).toBeLessThanOrEqual(2);
  // A /8 in a /0 was 8 bits deeper: 1/256 of the area it now fills.
  expect(Math.round((after.w * after.h) / (before.w * before.h))).toBe(256);
  // The overlap with 10.96.0.0/12 is now 1/16 of the map, not 1/4096.
  const overlap = await rectOf(map.locator('[role="option"][data-kind="overlap"]').first());
  expect(Math.round((after.w * after.h) / (overlap.w * overlap.h))).toBe(16);
  await expect(region.getByRole("status")).toContainText("Outside the map: nodes 192.168.0.0/22");
  await expect(map.getByRole("option", { name: /192\.168\.0\.0\/22/ })).toHaveCount(0);
  // The root is view state: the design itself is untouched.
  await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.0.0.0/8");
});
