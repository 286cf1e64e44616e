import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { AUTOSAVE_KEY, savePlan } from "../src/core/codec/storage.ts";
import { singleClusterPlan } from "../src/core/plan/plan.ts";
import { rangesOfEachKind } from "../test/layout/labelTexts.ts";

/** What recordStandIns notes in the page: per stand-in, its list and the box holding the list. */
interface StandIn {
  kind: string;
  list: Element;
  /** Entries of the list rendered before the stand-in (the first pass). */
  first: number;
  /** The panel's body, or the findings: what is below the list in it moves if the list grows. */
  box: Element;
  /** From the stand-in's top to the bottom of `box`, in the first pass (px). */
  room: number;
}
type StandIns = Window & { standIns?: StandIn[] };

/**
 * In the page, before the app: at the first commit holding stand-ins (PendingRows), notes for
 * each the room from its top to the bottom of the box holding its list: the stand-in and what
 * follows the list ("Show more", "Add", the next groups of findings). Measured inside one
 * box, it does not depend on what the browser has yet to lay out elsewhere on the page (the
 * content-visibility boxes around it).
 */
function recordStandIns(): void {
  const w: StandIns = window;
  const observer = new MutationObserver(() => {
    const found = [...document.querySelectorAll(".rows-pending, .findings-pending")];
    if (found.length === 0) return;
    observer.disconnect();
    w.standIns = found.map((stand) => {
      const list = stand.parentElement as Element;
      const box = list.closest(".panel-body, .findings") as Element;
      return {
        kind: stand.className,
        list,
        first: list.children.length - 1,
        box,
        room: box.getBoundingClientRect().bottom - stand.getBoundingClientRect().top,
      };
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * After the render that follows the first paint: per stand-in, the room from the first entry
 * that replaced it to the bottom of the same box, and how many of those entries are findings
 * the browser rendered at once (near the viewport: content-visibility did not skip them).
 */
function roomsAfter(page: Page) {
  return page.evaluate(() =>
    ((window as StandIns).standIns ?? []).map((s) => {
      const arrived = [...s.list.children].slice(s.first);
      const top = arrived[0]?.getBoundingClientRect().top ?? 0;
      return {
        kind: s.kind,
        before: s.room,
        after: s.box.getBoundingClientRect().bottom - top,
        arrived: arrived.length,
        rendered: arrived.filter(
          (e) =>
            e.matches(".finding") &&
            e.firstElementChild?.checkVisibility({ contentVisibilityAuto: true } as never),
        ).length,
      };
    }),
  );
}

/**
 * The autosave the app writes for 1,000 ranges of each kind (too large for a link), with 60
 * IPv4 pod ranges: every kind of long list in a panel.
 */
function manyRanges(): string {
  const design = rangesOfEachKind(1000);
  design.ipv4!.podCidrs = Array.from({ length: 60 }, (_, i) => `100.${64 + i}.0.0/16`);
  let text = "";
  savePlan(
    { getItem: () => null, setItem: (_k, v) => (text = v), removeItem: () => undefined },
    { plan: singleClusterPlan(design), active: 0 },
  );
  return text;
}

const LINK = readFileSync(
  path.resolve(import.meta.dirname, "fixtures/links/hostile-lb-ipv6-64.txt"),
  "utf8",
).trim();

const VIEWS = [
  { name: "1440x900", viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 },
  { name: "390x844", viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 },
  { name: "200% zoom", viewport: { width: 720, height: 450 }, deviceScaleFactor: 2 },
];

/**
 * Long lists render a screenful before the first paint and the rest of their page after it;
 * what is still to come stands in at the height it will have (ADR 0042, 0043). Here nothing
 * below a list moves when the rest arrives: rows of the panels' lists at every size, findings
 * wherever the browser skips them (the findings that arrive near the viewport at 1440 px
 * render at their real heights, which the stand-in cannot know).
 */
for (const view of VIEWS) {
  test(`nothing below a long list moves when its rest arrives, ${view.name}`, async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const opens = [
      { name: "1,000 of each", url: "/", saved: manyRanges() },
      { name: "the IPv6 pool link", url: `/#${LINK}`, saved: undefined },
    ];
    for (const open of opens) {
      const context = await browser.newContext({
        viewport: view.viewport,
        deviceScaleFactor: view.deviceScaleFactor,
      });
      const page = await context.newPage();
      if (open.saved)
        await page.addInitScript(([k, v]) => localStorage.setItem(k, v), [
          AUTOSAVE_KEY,
          open.saved,
        ] as const);
      await page.addInitScript(recordStandIns);
      await page.goto(open.url);
      await expect(page.locator(".tm-map canvas").first()).toBeVisible({ timeout: 30_000 });
      await expect(page.locator(".rows-pending, .findings-pending")).toHaveCount(0);
      // A frame after the rest arrived: the browser has decided what it skips.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
      const rooms = await roomsAfter(page);
      // The pod ranges, node networks, pools and external ranges; the pools.
      const lists = open.saved ? 4 : 1;
      expect(
        rooms.filter((r) => r.kind === "rows-pending"),
        open.name,
      ).toHaveLength(lists);
      for (const r of rooms) {
        if (r.rendered > 0) continue;
        const said = `${open.name}: ${JSON.stringify(r)}`;
        expect(Math.abs(r.after - r.before), said).toBeLessThan(0.01);
      }
      // One column (390 px, 200% zoom): the findings are far below the fold and every one
      // arrives skipped, so their stand-in is checked too.
      if (view.viewport.width < 1000) expect(rooms.filter((r) => r.rendered > 0)).toEqual([]);
      await context.close();
    }
  });
}
