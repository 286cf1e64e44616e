import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

/**
 * An axe builder for `page` that checks exactly what a plain `new AxeBuilder({ page })` checks
 * (the same rules, tags and includes; every violation with all its nodes), at about a third of
 * the time (ADR 0142):
 * - legacy mode runs `axe.run` in the page itself; the default opens a blank page for each run
 *   to merge per-frame results (`finishRun`). The app has no frames (its CSP allows none).
 * - `resultTypes: ["violations"]` stops axe building a unique selector for every node of every
 *   rule that passed (the costly tail of a run); the specs read only the violations, which are
 *   reported in full.
 */
export function axeCheck(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ["violations"] });
}
