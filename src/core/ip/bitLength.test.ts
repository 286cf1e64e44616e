import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitLength } from "./bitLength.ts";

describe("bitLength", () => {
  it("is the length of the value's binary text (0 for 0), at every power of two and beside it", () => {
    expect(bitLength(0n)).toBe(0);
    for (let k = 0n; k <= 130n; k++) {
      for (const v of [(1n << k) - 1n, 1n << k, (1n << k) + 1n]) {
        expect(bitLength(v)).toBe(v === 0n ? 0 : v.toString(2).length);
      }
    }
  });

  it("agrees with the binary text for any value of up to 128 bits", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 128n) - 1n }), (v) => {
        expect(bitLength(v)).toBe(v.toString(2).length);
      }),
      { numRuns: 2000 },
    );
  });
});
