import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buggyIpCount } from "./lbPools.ts";

describe("lbPoolAddresses", () => {
  it("counts .0 and .255 exactly, matching a brute-force scan", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffff }),
        fc.integer({ min: 0, max: 2000 }),
        (start, length) => {
          const first = BigInt(start);
          const last = first + BigInt(length);
          let brute = 0n;
          for (let x = first; x <= last; x++) if (x % 256n === 0n || x % 256n === 255n) brute++;
          expect(buggyIpCount({ family: "ipv4", first, last })).toBe(brute);
        },
      ),
      { numRuns: 200 },
    );
  });
});
