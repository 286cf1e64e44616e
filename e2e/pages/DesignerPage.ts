import { expect, type Locator, type Page } from "@playwright/test";
import { AUTOSAVE_KEY } from "../../src/core/codec/storage.ts";

/** The DOM id of a design path's field, as src/ui/controls/fieldId.ts makes it. */
export const fieldId = (path: string): string => `field-${path.replaceAll(".", "-")}`;

/** Page object for the designer's editing shell: panels, findings, capacity, header. */
export class DesignerPage {
  constructor(readonly page: Page) {}

  /** Opens the app at 1280x800 and waits for the panels. */
  async open(): Promise<void> {
    await this.page.setViewportSize({ width: 1280, height: 800 });
    await this.page.goto("/");
    // The app's code loads after the static shell has painted (ADR 0033): on a loaded machine
    // its start can take longer than an assertion's default wait.
    await expect(this.field("name")).toBeVisible({ timeout: 15_000 });
    // The export panel loads only when it scrolls into view or is asked for (never at start);
    // specs read it without scrolling, so ask for it as the header's Exports entry does.
    await this.page.evaluate(() => window.dispatchEvent(new Event("want-exports")));
  }

  /**
   * Waits until the autosave holds `text` (a design's `"name":"…"`, say): the moment the quiet
   * time after an edit ends and the save lands, checked each frame.
   */
  async autosaved(text: string): Promise<void> {
    await this.page.waitForFunction(
      ([key, wanted]) => (localStorage.getItem(key) ?? "").includes(wanted),
      [AUTOSAVE_KEY, text] as const,
    );
  }

  /** The field editing a design path ("ipv4.podCidrs.0"). */
  field(path: string): Locator {
    return this.page.locator(`[id="${fieldId(path)}"]`);
  }

  /** The inline error shown under a field. */
  fieldError(path: string): Locator {
    return this.page.locator(`[id="${fieldId(path)}-error"]`);
  }

  /** Types text into a text field (replacing it) and leaves the field. */
  async type(path: string, text: string): Promise<void> {
    await this.field(path).fill(text);
    await this.field(path).blur();
  }

  get findings(): Locator {
    return this.page.getByRole("region", { name: "Findings" });
  }

  get capacity(): Locator {
    return this.page.getByRole("region", { name: "Capacity" });
  }

  /** The value shown next to a label in the capacity summary (first family first). */
  capacityFigure(label: string, nth = 0): Locator {
    return this.capacity
      .locator("dt", { hasText: label })
      .nth(nth)
      .locator("xpath=following-sibling::dd[1]");
  }

  /** A finding's button by a fragment of its message. */
  finding(text: string | RegExp): Locator {
    return this.findings.getByRole("button").filter({ hasText: text });
  }

  /** Chooses a preset by the start of its label; choosing loads it at once. */
  async loadPreset(label: string): Promise<void> {
    const select = this.page.getByLabel("Preset", { exact: true });
    const option = select.locator("option:not([disabled])", { hasText: label }).first();
    await select.selectOption((await option.getAttribute("value")) ?? "");
  }

  async setTheme(theme: "System" | "Light" | "Dark"): Promise<void> {
    await this.page.getByLabel("Theme").selectOption({ label: theme });
  }

  async select(path: string, label: string): Promise<void> {
    await this.field(path).selectOption({ label });
  }
}
