import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { startHarness, type Harness } from "../bench/harnessServer.ts";
import { bigDesign } from "../bench/designs.ts";
import { defaultDesign } from "../src/core/design/defaults.ts";
import { PRESETS } from "../src/core/design/presets.ts";
import type { Design } from "../src/core/design/schema.ts";
import type { Finding } from "../src/core/rules/finding.ts";

// The treemap is driven through its own harness page (bench/harness.html, the real TreemapView
// and CellDetails), so this spec does not depend on how the app shell wires it.
let harness: Harness;
test.beforeAll(async () => {
  harness = await startHarness(Number(process.env.TREEMAP_HARNESS_PORT ?? 4398), false);
});
test.afterAll(async () => harness.close());

const preset = (id: string): Design => PRESETS.find((p) => p.id === id)?.design as Design;

/** Opens the harness on a design, at true scale unless `mode` is "plan" (the map opens on the plan). */
async function open(
  page: Page,
  design: Design,
  findings: Finding[] = [],
  theme = "light",
  mode: "plan" | "scale" = "scale",
): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(harness.url);
  await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
  await page.waitForSelector(".tm-map canvas");
  await page.evaluate(([d, f]) => window.__tm.set(d as Design, f as Finding[]), [
    design,
    findings,
  ] as const);
  if (mode === "scale")
    for (const b of await page.getByRole("button", { name: "True scale" }).all()) await b.click();
}

const rectOf = async (page: Page, name: RegExp) => {
  const text = await page.getByRole("option", { name }).first().getAttribute("data-rect");
  const [x, y, width, height] = (text ?? "").split(",").map(Number);
  return { x: x ?? NaN, y: y ?? NaN, width: width ?? NaN, height: height ?? NaN };
};

test("each role is drawn where its addresses are, with accessible names", async ({ page }) => {
  await open(page, defaultDesign());
  const map = page.getByRole("listbox", { name: /IPv4 address map, 10\.0\.0\.0\/8/ });
  await expect(map).toBeVisible();
  const box = await map.evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
  // In 10.0.0.0/8, 10.244.0.0/16 sits at x 3/4, y 7/8, 1/16 of each side (244 = 1111 0100).
  const pods = await rectOf(page, /^Pod range 10\.244\.0\.0\/16, 256 node subnets$/);
  expect(pods.x).toBeCloseTo((box.w * 3) / 4, 1);
  expect(pods.y).toBeCloseTo((box.h * 7) / 8, 1);
  expect(pods.width).toBeCloseTo(box.w / 16, 1);
  // 10.96.0.0/12 (96 = 0110): x 1/4, y 1/2, a quarter of each side.
  const svc = await rectOf(page, /^Service range 10\.96\.0\.0\/12$/);
  expect([svc.x, svc.y, svc.width]).toEqual(
    [box.w / 4, box.h / 2, box.w / 4].map((v) => Math.round(v * 100) / 100),
  );
  const nodes = await rectOf(page, /^Node network "nodes" 10\.0\.0\.0\/22$/);
  expect([nodes.x, nodes.y]).toEqual([0, 0]);
});

test("hover, selection, drill-down, breadcrumbs and back out", async ({ page }) => {
  await open(page, defaultDesign());
  const map = page.locator(".tm-map").first();
  const b = await map.boundingBox();
  if (!b) throw new Error("no map");
  const pods = await rectOf(page, /^Pod range 10\.244/);
  await page.mouse.move(b.x + pods.x + 1, b.y + pods.y + 1);
  const tip = page.locator(".tm-tooltip");
  await expect(tip).toContainText("10.244.0.0");
  await expect(tip).toContainText("In");
  await page.mouse.click(
    b.x + svcCentre(await rectOf(page, /^Service range/)).x,
    b.y + svcCentre(await rectOf(page, /^Service range/)).y,
  );
  await expect(page.getByRole("region", { name: "Selected cell" })).toContainText("10.96.0.0/12");
  await expect(page.getByRole("region", { name: "Selected cell" })).toContainText("1,048,574");
  await page.mouse.dblclick(b.x + pods.x + 2, b.y + pods.y + 2);
  const crumbs = page.getByRole("navigation", { name: "IPv4 drill path" });
  await expect(crumbs).toContainText("10.244.0.0/16");
  await expect(page.getByRole("listbox", { name: /map, 10\.244\.0\.0\/16/ })).toBeVisible();
  // Inside the pod range, the top-left cell is the first node subnet, allocated.
  const inner = await map.boundingBox();
  if (!inner) throw new Error("no map");
  await page.mouse.move(inner.x + 3, inner.y + 3);
  await expect(tip).toContainText("10.244.0.0/24");
  await expect(tip).toContainText("allocated");
  await page.mouse.dblclick(inner.x + 3, inner.y + 3);
  await expect(crumbs).toContainText("10.244.0.0/24");
  await page.mouse.move(inner.x + 4, inner.y + 4);
  await expect(tip).toContainText("Network address");
  await crumbs.getByRole("button", { name: "10.0.0.0/8" }).click();
  await expect(page.getByRole("listbox", { name: /map, 10\.0\.0\.0\/8/ })).toBeVisible();
  await page.getByRole("button", { name: "Back out" }).first().isDisabled();
});

function svcCentre(r: { x: number; y: number; width: number; height: number }) {
  return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
}

test("zoom shows finer cells under the same point", async ({ page }) => {
  await open(page, bigDesign("10.0.0.0/8", 24));
  const map = page.locator(".tm-map").first();
  const b = await map.boundingBox();
  if (!b) throw new Error("no map");
  const at = { x: b.x + b.width * 0.6, y: b.y + b.height * 0.6 };
  await page.mouse.move(at.x, at.y);
  const before = await page.locator(".tm-tooltip dd").first().textContent();
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
  // d3-zoom loads when the pointer enters the map (ADR 0035); wheel steps that arrive before it
  // are applied once it is there, so the finer cells may show a moment later.
  let nudge = 0;
  await expect
    .poll(async () => {
      nudge = 1 - nudge;
      await page.mouse.move(at.x + nudge, at.y + nudge);
      const after = await page.locator(".tm-tooltip dd").first().textContent();
      return Number(after?.split("/")[1]);
    })
    .toBeGreaterThan(Number(before?.split("/")[1]));
});

test("keyboard: Tab in, arrows move, Enter drills, Escape goes back; axe is clean", async ({
  page,
}) => {
  await open(page, defaultDesign());
  const map = page.getByRole("listbox", { name: /IPv4 address map/ });
  await map.focus();
  await page.keyboard.press("ArrowRight");
  const first = await map.getAttribute("aria-activedescendant");
  expect(first).toBeTruthy();
  await expect(page.locator(`#${first}`)).toHaveText(/Node network "nodes" 10\.0\.0\.0\/22/);
  await page.keyboard.press("ArrowRight");
  const second = await map.getAttribute("aria-activedescendant");
  await expect(page.locator(`#${second}`)).toHaveText(/Free space 10\.0\.8\.0\/21/);
  await page.keyboard.press(" ");
  await expect(page.getByRole("region", { name: "Selected cell" })).toContainText("10.0.8.0/21");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "IPv4 drill path" })).toContainText(
    "10.0.8.0/21",
  );
  await page.keyboard.press("Escape");
  await expect(page.getByRole("listbox", { name: /map, 10\.0\.0\.0\/8/ })).toBeVisible();
  const axe = await axeCheck(page).include(".tm-root").analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual(
    [],
  );
});

test("an overlap is drawn and linked to its finding", async ({ page }) => {
  const finding: Finding = {
    rule: "pod-service-overlap",
    severity: "error",
    fields: ["ipv4.podCidrs.0", "ipv4.serviceCidr"],
    message: "The pod range overlaps the Service range.",
  };
  const d: Design = {
    ...preset("cilium"),
    nodes: { ...preset("cilium").nodes, networks: [{ name: "nodes", cidr: "10.200.0.0/22" }] },
  };
  await open(page, d, [finding]);
  const option = page.getByRole("option", {
    name: /^Overlap 10\.96\.0\.0\/12 between pod range 10\.0\.0\.0\/8 and service range 10\.96\.0\.0\/12$/,
  });
  await expect(option).toHaveCount(1);
  const r = await rectOf(page, /^Overlap 10\.96/);
  const b = await page.locator(".tm-map").first().boundingBox();
  if (!b) throw new Error("no map");
  await page.mouse.click(b.x + r.x + r.width / 2, b.y + r.y + r.height / 2);
  expect(await page.evaluate(() => window.__tm.findingClicks.map((f) => f.rule))).toEqual([
    "pod-service-overlap",
  ]);
  await expect(page.getByRole("region", { name: "Selected cell" })).toContainText(
    "The pod range overlaps the Service range.",
  );
});

test("SVG and PNG downloads are valid files", async ({ page }) => {
  await open(page, preset("dual-stack"));
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download SVG" }).first().click(),
  ]);
  const svgText = readFileSync((await svg.path()) as string, "utf8");
  expect(svg.suggestedFilename()).toBe("dual-stack-ipv4-treemap.svg");
  const parsed = await page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return {
      error: doc.querySelector("parsererror") !== null,
      root: doc.documentElement.nodeName,
      rects: doc.querySelectorAll("rect").length,
    };
  }, svgText);
  expect(parsed).toMatchObject({ error: false, root: "svg" });
  expect(parsed.rects).toBeGreaterThan(3);
  expect(svgText).toContain("node subnets: node subnet, allocated, 10.244.0.0/19");
  const [png] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PNG" }).first().click(),
  ]);
  const bytes = readFileSync((await png.path()) as string);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(1000);
});
