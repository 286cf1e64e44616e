import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { startHarness, type Harness } from "../bench/harnessServer.ts";
import { defaultDesign } from "../src/core/design/defaults.ts";
import type { Design } from "../src/core/design/schema.ts";
import { collectRanges, itemText, ROLE_LABEL } from "../src/layout/rangeItems.ts";
import { planDesigns } from "../test/layout/planDesigns.ts";
import { hostileLinkDesign } from "../test/core/codec/hostileLinks.ts";

// The plan view through the treemap harness (bench/harness.html: the real TreemapView).
let harness: Harness;
test.beforeAll(async () => {
  harness = await startHarness(Number(process.env.PLAN_HARNESS_PORT ?? 4397), false);
});
test.afterAll(async () => harness.close());

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Label {
  id: string;
  lines: string[];
  box: Box;
}

async function open(page: Page, design: Design, theme: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(harness.url);
  await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
  await page.waitForSelector(".tm-map canvas");
  await page.evaluate((d) => window.__tm.set(d as Design), design);
}

/**
 * As `open`, on a harness page already loaded (a page load costs ~1.5 s of the dev server's
 * modules): the treemap is unmounted, mounted afresh with the default design as a load shows it,
 * then given `design`, so the map sees what it sees after `open`.
 */
async function reopen(page: Page, design: Design, theme: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(
    ([d, first, t]) => {
      document.documentElement.setAttribute("data-theme", t as string);
      window.__tm.clear();
      window.__tm.set(first as Design);
      window.__tm.set(d as Design);
    },
    [design, defaultDesign(), theme] as const,
  );
}

/** Resizes the page and waits until the map has painted at the new size. */
async function resize(page: Page, width: number, height: number): Promise<void> {
  type Waiting = Window & { painted?: Promise<void> };
  await page.evaluate(() => {
    (window as Waiting).painted = new Promise((r) =>
      document.addEventListener("tm-painted", () => r(), { once: true }),
    );
  });
  await page.setViewportSize({ width, height });
  await page.evaluate(() => (window as Waiting).painted);
}

const inside = (a: Box, b: Box): boolean =>
  a.x >= b.x - 0.5 &&
  a.y >= b.y - 0.5 &&
  a.x + a.width <= b.x + b.width + 0.5 &&
  a.y + a.height <= b.y + b.height + 0.5;
const overlapping = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Checks every range of `design` in the family's map is labelled whole, role and range (its CIDR,
 * or a `start-end` pool's run, on one line or broken after its dash), inside its own tile. With
 * `every` false, only the ranges labelled (a map taller than its canvas labels what it shows).
 */
async function expectLabelled(
  page: Page,
  design: Design,
  family: "ipv4" | "ipv6",
  where: string,
  every = true,
): Promise<number> {
  const map = page.locator(`.tm-map[data-family="${family}"]`);
  await expect(map).toHaveAttribute("data-mode", "plan");
  // The labels as last drawn: the map element's `mapLabels` (useMapCanvas's LabelledMap).
  await expect.poll(() => map.evaluate((el) => "mapLabels" in el)).toBe(true);
  const { labels, size, rects } = await map.evaluate((el) => ({
    labels: ((el as HTMLElement & { mapLabels?: Label[] }).mapLabels ?? []).map((l) => ({
      id: l.id,
      lines: l.lines,
      box: l.box,
    })),
    size: { x: 0, y: 0, width: el.clientWidth, height: el.clientHeight },
    // A range's tile: its cell's rectangle, or for a start-end pool (whose cell is one of its
    // blocks) the tile its option names.
    rects: Object.fromEntries(
      [...el.querySelectorAll("[data-cell-id]")].map((o) => [
        o.getAttribute("data-cell-id"),
        (o.getAttribute("data-tile") ?? o.getAttribute("data-rect") ?? "").split(",").map(Number),
      ]),
    ),
  }));
  let labelled = 0;
  for (const item of collectRanges(design, family)) {
    const label = labels.find((l) => l.id === item.id);
    if (!every && !label) continue;
    labelled++;
    const text = label?.lines.join(" ") ?? "";
    expect(text, `${where}: ${item.id} is labelled`).toContain(ROLE_LABEL[item.role]);
    const range = (label?.lines.length ?? 0) > 1 ? label!.lines.slice(1).join("") : text;
    expect(range, `${where}: ${item.id} shows its range`).toContain(itemText(item));
    if (!label) continue;
    expect(inside(label.box, size), `${where}: ${item.id} label inside the map`).toBe(true);
    expect(rects[item.id], `${where}: ${item.id} has an option`).toHaveLength(4);
    const [x = 0, y = 0, width = 0, height = 0] = rects[item.id] ?? [];
    expect(
      inside(label.box, { x, y, width, height }),
      `${where}: ${item.id} label in its tile`,
    ).toBe(true);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(overlapping(labels[i]!.box, labels[j]!.box), `${where}: labels overlap`).toBe(false);
  return labelled;
}

/** Downloads the family's SVG and checks every range's label is drawn whole on its plate. */
async function expectSvgLabelled(page: Page, design: Design, family: "ipv4" | "ipv6") {
  const index = design.ipFamilies.indexOf(family);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download SVG" }).nth(index).click(),
  ]);
  const svg = readFileSync((await download.path()) as string, "utf8");
  const ids = collectRanges(design, family).map((i) => i.id);
  const result = await page.evaluate(
    ([text, wanted]) => {
      const host = document.createElement("div");
      host.innerHTML = text as string;
      document.body.append(host);
      const root = host.querySelector("svg") as SVGSVGElement;
      const w = Number(root.getAttribute("width"));
      const h = Number(root.getAttribute("height"));
      const out: string[] = [];
      for (const id of wanted as string[]) {
        const g = root.querySelector(`g[data-label-for="${CSS.escape(id)}"]`);
        if (!g) {
          out.push(`${id}: no label`);
          continue;
        }
        const plate = (g.querySelector("rect") as SVGRectElement).getBBox();
        if (plate.x < 0 || plate.y < 0 || plate.x + plate.width > w || plate.y + plate.height > h)
          out.push(`${id}: plate outside the picture`);
        for (const t of g.querySelectorAll("text")) {
          const b = (t as SVGTextElement).getBBox();
          if (b.x < plate.x || b.x + b.width > plate.x + plate.width + 0.5)
            out.push(`${id}: "${t.textContent}" wider than its plate`);
        }
      }
      host.remove();
      return out;
    },
    [svg, ids] as const,
  );
  expect(result).toEqual([]);
}

test("every range is labelled whole at open, in the map and the SVG, light and dark, and at 390 px", async ({
  page,
}) => {
  test.setTimeout(240_000);
  let loaded = false;
  for (const { name, design } of planDesigns()) {
    // One page load in all; each design is a fresh mount of the map (see reopen). The theme is
    // switched in place, and both themes are checked.
    if (loaded) await reopen(page, design, "light");
    else await open(page, design, "light");
    loaded = true;
    for (const theme of ["light", "dark"]) {
      await page.evaluate((t) => document.documentElement.setAttribute("data-theme", t), theme);
      for (const family of design.ipFamilies) {
        await expectLabelled(page, design, family, `${name} ${family} ${theme}`);
        // The SVG's label plates and text sizes do not depend on the theme (only its colours do):
        // one download per family checks them.
        if (theme === "light") await expectSvgLabelled(page, design, family);
      }
    }
    // At 390 px wide (a phone; the map re-lays itself out on resize) every range is still labelled.
    await resize(page, 390, 900);
    for (const family of design.ipFamilies)
      await expectLabelled(page, design, family, `${name} ${family} at 390 px`);
  }
});

test("64 nested pools: each labelled in its own tile, its own option and row, no key warning", async ({
  page,
}) => {
  // The harness runs React's development build, which warns of duplicate keys in the console
  // (the harness page has no favicon: that 404 is not ours).
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() !== "error" && m.type() !== "warning") return;
    if (!m.text().startsWith("Failed to load resource")) warnings.push(m.text());
  });
  page.on("pageerror", (e) => warnings.push(e.message));
  const design = hostileLinkDesign("ipv6");
  await open(page, design, "light");
  // The plan is taller than the canvas: the pools it shows are labelled, each in its own tile.
  expect(await expectLabelled(page, design, "ipv6", "the 64-pool link", false)).toBeGreaterThan(10);
  const map = page.locator('.tm-map[data-family="ipv6"]');
  const pools = await map.locator('[role="option"][data-kind="lb"]').allTextContents();
  expect(new Set(pools).size).toBe(64);
  // p37's row selects p37: its option, its row and the details name it.
  const table = page.getByRole("region", { name: "IPv6 ranges and gaps" });
  await table.getByRole("searchbox", { name: "Filter rows" }).fill("p37");
  await table
    .locator("tbody tr", { hasText: "p37" })
    .getByRole("button", { name: /^Show/ })
    .click();
  // Its option names the pool's range as its label and row write it, not its largest block.
  await expect(map.locator('[role="option"][aria-selected="true"]')).toHaveText(
    'LoadBalancer pool "p37" fd00::4b-fd00:ffff:ffff:ffff:ffff:ffff:ffff:ffb4',
  );
  await expect(table.locator('tr[aria-current="true"]')).toHaveCount(1);
  await expect(table.locator('tr[aria-current="true"]')).toContainText("p37");
  await expect(page.getByRole("region", { name: "Selected cell" })).toContainText("p37");
  expect(warnings).toEqual([]);
});

test("the view follows edits and True scale is one toggle away", async ({ page }) => {
  await open(page, defaultDesign(), "light");
  const d = defaultDesign();
  const wider = { ...d, ipv4: { ...d.ipv4!, podCidrs: ["10.128.0.0/12"] } } as Design;
  await page.evaluate((x) => window.__tm.set(x as Design), wider);
  await expectLabelled(page, wider, "ipv4", "after widening the pod range");
  await page.getByRole("button", { name: "True scale" }).click();
  await expect(
    page.getByRole("listbox", { name: /IPv4 address map, 10\.0\.0\.0\/8/ }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Plan", exact: true }).click();
  await expect(page.getByRole("listbox", { name: /plan of every range/ })).toBeVisible();
});

test("pointing: the hovered, clicked and reported cells agree at several zooms", async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const mode of ["Plan", "True scale"]) {
    await open(page, defaultDesign(), "light");
    await page.getByRole("button", { name: mode, exact: true }).click();
    let zoomed = 0;
    // One load per mode, zoomed in further between sweeps (x1, x4, x32).
    for (const zooms of [0, 2, 5]) {
      for (; zoomed < zooms; zoomed++) await page.getByRole("button", { name: "Zoom in" }).click();
      const box = await page.locator(".tm-map").first().boundingBox();
      if (!box) throw new Error("no map");
      for (let i = 0; i < 4; i++) {
        for (let j = 0; j < 3; j++) {
          const x = box.x + 2 + ((i + 0.31) * (box.width - 4)) / 4;
          const y = box.y + 2 + ((j + 0.53) * (box.height - 4)) / 3;
          await page.mouse.move(x, y);
          await page.evaluate(
            () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
          );
          const scrolled = await page.evaluate(() => scrollY);
          const tip = page.locator(".tm-tooltip dd").first();
          await expect(tip).toBeVisible();
          const hovered = await tip.textContent();
          await page.mouse.click(x, y);
          const details = page.getByRole("region", { name: "Selected cell" }).locator("dd").first();
          await expect(details, `${mode} x${2 ** zooms} at ${i},${j}`).toHaveText(hovered ?? "");
          // Pressing on the map focuses it without scrolling the page under the pointer.
          expect(await page.evaluate(() => scrollY)).toBe(scrolled);
        }
      }
    }
  }
});
