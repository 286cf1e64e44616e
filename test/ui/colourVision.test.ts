import { expect, test } from "vitest";
import { deltaE2000 } from "./colourVision.ts";

test("CIEDE2000 matches Sharma, Wu & Dalal's published test pairs", () => {
  expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 3);
  expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 3);
});
