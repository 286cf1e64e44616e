import { describe, expect, it } from "vitest";
import { formatCount, formatCounted } from "./formatCount.ts";

describe("formatCount", () => {
  it.each([
    [0n, "0"],
    [7n, "7"],
    [253n, "253"],
    [999n, "999"],
    [1_000n, "1,000"],
    [61_440n, "61,440"],
    [65_536n, "65,536"],
    [999_999n, "999,999"],
    [1_000_000n, "1,000,000"],
    [1_048_576n, "1,048,576"],
    [12_345_678n, "12,345,678"],
    [2n ** 53n, "9,007,199,254,740,992"],
    [2n ** 53n + 1n, "9,007,199,254,740,993"],
    [2n ** 64n, "2^64"],
    [3n * 2n ** 64n, "3 × 2^64"],
    [1023n * 2n ** 60n, "1023 × 2^60"],
    [2n ** 64n - 2n, "2^64 − 2"],
    [2n ** 64n - 4n, "2^64 − 4"],
    [2n ** 64n - 1023n, "2^64 − 1023"],
    [2n ** 128n - 1n, "2^128 − 1"],
  ])("formats %s as %s", (n, text) => {
    expect(formatCount(n)).toBe(text);
  });

  it("prints every digit, grouped, when no short power-of-two form exists", () => {
    const n = 2n ** 70n + 2n ** 69n + 12_345n;
    const text = formatCount(n);
    expect(text).toBe("1,770,887,431,076,116,967,481");
    expect(BigInt(text.replaceAll(",", ""))).toBe(n);
  });

  it("prints grouped digits when the odd factor or the gap is 1024 or more", () => {
    expect(formatCount(1025n * 2n ** 60n)).toBe("1,181,744,542,222,018,150,400");
    expect(formatCount(2n ** 64n - 1024n)).toBe("18,446,744,073,709,550,592");
  });

  it("accepts plain numbers, truncating toward zero", () => {
    expect(formatCount(1_234_567)).toBe("1,234,567");
    expect(formatCount(12.9)).toBe("12");
  });

  it("puts a minus sign before negative counts", () => {
    expect(formatCount(-1_048_576n)).toBe("-1,048,576");
  });

  it("groups without Intl, so output is locale-independent", () => {
    for (const n of [1n, 12n, 123n, 1234n, 12345n, 123456n, 1234567n]) {
      expect(formatCount(n).replaceAll(",", "")).toBe(n.toString());
      expect(formatCount(n)).toMatch(/^\d{1,3}(,\d{3})*$/);
    }
  });
});

describe("formatCounted", () => {
  it("uses the singular for exactly one, the plural otherwise, zero included", () => {
    expect(formatCounted(1n, "address", "addresses")).toBe("1 address");
    expect(formatCounted(0n, "address", "addresses")).toBe("0 addresses");
    expect(formatCounted(2, "block")).toBe("2 blocks");
    expect(formatCounted(1, "block")).toBe("1 block");
    expect(formatCounted(1_048_576n, "address", "addresses")).toBe("1,048,576 addresses");
  });
});
