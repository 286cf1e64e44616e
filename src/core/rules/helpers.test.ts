import { describe, expect, it } from "vitest";
import { describeRange, sharedRange } from "./helpers.ts";

describe("sharedRange", () => {
  it("IPv4 and IPv6 runs with overlapping numbers share nothing", () => {
    // 10.0.0.0/8 and ::a00:0/104 hold the same 128-bit values, in different families.
    const v4 = { family: "ipv4", first: 0x0a000000n, last: 0x0affffffn } as const;
    const v6 = { family: "ipv6", first: 0x0a000000n, last: 0x0affffffn } as const;
    expect(sharedRange(v4, v6)).toBeUndefined();
    expect(sharedRange(v4, v4)).toEqual(v4);
  });

  it("a single shared address at either end", () => {
    const a = { family: "ipv4", first: 10n, last: 20n } as const;
    const b = { family: "ipv4", first: 20n, last: 30n } as const;
    expect(sharedRange(a, b)).toEqual({ family: "ipv4", first: 20n, last: 20n });
    expect(sharedRange(b, a)).toEqual({ family: "ipv4", first: 20n, last: 20n });
    expect(describeRange({ family: "ipv4", first: 20n, last: 20n })).toBe("0.0.0.20/32");
  });
});
