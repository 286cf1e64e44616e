import { describe, expect, it } from "vitest";
import { FINDINGS_PAGE } from "./FindingsList.tsx";
import { FIRST_PASS_FINDINGS, findingsShown } from "./findingsShown.ts";

describe("findingsShown", () => {
  it("renders a screenful of findings before the first paint, the page after it", () => {
    expect(findingsShown(FINDINGS_PAGE, true)).toBe(FIRST_PASS_FINDINGS);
    expect(findingsShown(FINDINGS_PAGE, false)).toBe(FINDINGS_PAGE);
    expect(findingsShown(3 * FINDINGS_PAGE, false)).toBe(3 * FINDINGS_PAGE);
    expect(FIRST_PASS_FINDINGS).toBeLessThan(FINDINGS_PAGE);
  });
});
