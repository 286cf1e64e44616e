import { readFileSync } from "node:fs";
import type { Locator, Page } from "@playwright/test";

/** Clicks the ranges table's "Download CSV" and returns the file's lines (CRLF rows, no trailing line). */
export async function downloadCsvLines(page: Page, table: Locator): Promise<string[]> {
  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    table.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  return readFileSync((await csv.path()) as string, "utf8")
    .trimEnd()
    .split("\r\n");
}
