import { describe, expect, it } from "vitest";
import { FINDINGS_PAGE, FIRST_PASS_FINDINGS } from "../panels/FindingsList.tsx";
import { firstPassCap } from "./firstPass.ts";
import { FIRST_PASS_ROWS } from "./longList.ts";

describe("firstPassCap", () => {
  it("renders at most the cap before the first paint, everything asked for after it", () => {
    expect(firstPassCap(FINDINGS_PAGE, FIRST_PASS_FINDINGS, true)).toBe(FIRST_PASS_FINDINGS);
    expect(firstPassCap(FINDINGS_PAGE, FIRST_PASS_FINDINGS, false)).toBe(FINDINGS_PAGE);
    expect(firstPassCap(3 * FINDINGS_PAGE, FIRST_PASS_FINDINGS, false)).toBe(3 * FINDINGS_PAGE);
    expect(firstPassCap(4, FIRST_PASS_FINDINGS, true)).toBe(4);
    expect(firstPassCap(Number.POSITIVE_INFINITY, FIRST_PASS_ROWS, true)).toBe(FIRST_PASS_ROWS);
  });

  it("caps the findings below their page (the rows' cap: longList.test.ts)", () => {
    expect(FIRST_PASS_FINDINGS).toBeLessThan(FINDINGS_PAGE);
  });
});
