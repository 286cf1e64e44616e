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

describe("describeRange", () => {
  const run = (first: number, last: number) =>
    describeRange({ family: "ipv4", first: BigInt(first), last: BigInt(last) });

  it("up to three blocks as CIDRs, four or more as first-last", () => {
    // 10.0.0.0-10.0.0.6 is a /30, a /31 and a /32; one more address makes it a /29.
    const base = 0x0a000000;
    expect(run(base, base + 6)).toBe("10.0.0.0/30, 10.0.0.4/31, 10.0.0.6/32");
    expect(run(base + 1, base + 6)).toBe("10.0.0.1-10.0.0.6");
  });
});
