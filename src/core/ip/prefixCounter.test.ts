import { describe, expect, it } from "vitest";
import { prefixCounter } from "./prefixCounter.ts";

describe("prefixCounter", () => {
  it("counts the marks below each position, a position marked twice counted twice", () => {
    const counter = prefixCounter(9);
    const marks = [8, 0, 3, 3, 5];
    for (const m of marks) counter.mark(m);
    for (let end = 0; end <= 9; end++) {
      expect(counter.countBelow(end), `below ${end}`).toBe(marks.filter((m) => m < end).length);
    }
  });
});
