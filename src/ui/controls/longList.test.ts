import { describe, expect, it } from "vitest";
import { FIRST_PASS_ROWS, LIST_PAGE, shownEntries } from "./longList.ts";

describe("shownEntries", () => {
  it("renders a page of a long list once the first paint is done", () => {
    expect(shownEntries(64, LIST_PAGE, undefined, false)).toBe(LIST_PAGE);
    expect(shownEntries(1000, 150, undefined, false)).toBe(150);
    expect(shownEntries(7, LIST_PAGE, undefined, false)).toBe(7);
  });

  it("renders a screenful of it before the first paint", () => {
    expect(shownEntries(64, LIST_PAGE, undefined, true)).toBe(FIRST_PASS_ROWS);
    expect(shownEntries(1000, Number.POSITIVE_INFINITY, undefined, true)).toBe(FIRST_PASS_ROWS);
    expect(shownEntries(5, LIST_PAGE, undefined, true)).toBe(5);
    expect(FIRST_PASS_ROWS).toBeLessThan(LIST_PAGE);
  });

  it("renders up to the entry a focus request names, in either pass", () => {
    expect(shownEntries(64, LIST_PAGE, 40, true)).toBe(41);
    expect(shownEntries(64, LIST_PAGE, 60, false)).toBe(61);
    expect(shownEntries(64, LIST_PAGE, 3, true)).toBe(FIRST_PASS_ROWS);
    expect(shownEntries(64, LIST_PAGE, 63, true)).toBe(64);
  });
});
