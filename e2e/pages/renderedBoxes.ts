import type { Page } from "@playwright/test";

/** A box that may skip its rendering while off screen (content-visibility, ADR 0073). */
export interface Box {
  name: string;
  /** Its content is rendered (false: skipped until it nears the viewport). */
  rendered: boolean;
}

/**
 * The boxes of the app that have `content-visibility: auto` (panels, findings, the ranges table,
 * capacity), split into those intersecting the viewport (of their scrolling column too) and
 * those entirely below it, each saying whether its content is rendered or skipped.
 */
export async function renderedBoxes(page: Page): Promise<{ inView: Box[]; below: Box[] }> {
  return page.evaluate(() => {
    const inView: { name: string; rendered: boolean }[] = [];
    const below: { name: string; rendered: boolean }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("*")) {
      if (getComputedStyle(el).contentVisibility !== "auto") continue;
      const r = el.getBoundingClientRect();
      const column = el.closest(".col")?.getBoundingClientRect();
      const bottom = Math.min(window.innerHeight, column?.bottom ?? Infinity);
      const child = el.firstElementChild;
      const box = {
        name: `${el.tagName.toLowerCase()}.${el.className}${el.id ? `#${el.id}` : ""}`,
        rendered: !child || child.checkVisibility({ contentVisibilityAuto: true }),
      };
      if (r.top >= bottom) below.push(box);
      else if (r.bottom > 0 && r.width > 0) inView.push(box);
    }
    return { inView, below };
  });
}
