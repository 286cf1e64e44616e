import { describe, expect, it } from "vitest";
import { formatCount } from "./formatCount.ts";

describe("formatCount", () => {
  it.each([
    [0n, "0"],
    [253n, "253"],
    [61_440n, "61,440"],
    [65_536n, "65,536"],
    [2n ** 53n, "9,007,199,254,740,992"],
    [2n ** 64n, "2^64"],
    [3n * 2n ** 64n, "3 × 2^64"],
    [2n ** 64n - 2n, "2^64 − 2"],
    [2n ** 128n - 1n, "2^128 − 1"],
  ])("formats %s as %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("approximates counts with no short exact form", () => {
    const n = 2n ** 70n + 2n ** 69n + 12_345n;
    expect(formatCount(n)).toBe(`≈ 2^${Math.log2(1.5 * 2 ** 70).toFixed(1)}`);
  });

  it("accepts plain numbers", () => {
    expect(formatCount(1_234_567)).toBe("1,234,567");
  });
});
