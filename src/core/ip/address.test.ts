import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatAddress, parseAddress, type Address } from "./address.ts";

const roundTrip = (text: string): string => {
  const parsed = parseAddress(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return formatAddress(parsed.value);
};

/** Any IPv4 or IPv6 address value. */
const arbitraryAddress: fc.Arbitrary<Address> = fc.oneof(
  fc
    .bigInt({ min: 0n, max: (1n << 32n) - 1n })
    .map((value) => ({ family: "ipv4" as const, value })),
  fc
    .bigInt({ min: 0n, max: (1n << 128n) - 1n })
    .map((value) => ({ family: "ipv6" as const, value })),
  // Addresses with zero runs, where RFC 5952's "::" rules matter.
  fc
    .array(fc.constantFrom(0, 0, 0, 1, 0xffff, 0xdb8), { minLength: 8, maxLength: 8 })
    .map((groups) => ({
      family: "ipv6" as const,
      value: groups.reduce((acc, g) => (acc << 16n) | BigInt(g), 0n),
    })),
);

describe("parseAddress / formatAddress (RFC 5952)", () => {
  it.each([
    ["2001:db8::1", "2001:db8::1"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"], // 4.2.3: the first of equal runs
    ["2001:0db8:0000:0000:0000:0000:0000:0001", "2001:db8::1"], // 4.1: no leading zeros
    ["2001:DB8::A", "2001:db8::a"], // 4.3: lower case
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"], // 4.2.2: one zero group stays
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"], // 4.2.3: the longest run
    ["::", "::"],
    ["::1", "::1"],
    ["1::", "1::"],
    ["::ffff:192.0.2.1", "::ffff:192.0.2.1"], // 5: IPv4-mapped keeps the dotted tail
    ["::ffff:c000:201", "::ffff:192.0.2.1"],
    ["fd00:10:244::", "fd00:10:244::"],
    ["0.0.0.0", "0.0.0.0"],
    ["10.96.0.10", "10.96.0.10"],
    ["255.255.255.255", "255.255.255.255"],
  ])("%s -> %s", (input, canonical) => {
    expect(roundTrip(input)).toBe(canonical);
  });

  it.each([
    ["010.0.0.1", "leading zero in an IPv4 octet"],
    ["10.0.0.01", "leading zero in an IPv4 octet"],
    ["256.0.0.1", "octet above 255"],
    ["10.0.0", "three octets"],
    ["10.0.0.0.1", "five octets"],
    [" 10.0.0.1", "surrounding space"],
    ["fe80::1%eth0", "zone"],
    ["1:2:3:4:5:6:7:8:9", "nine groups"],
    ["1:2:3:4:5:6:7", "seven groups without ::"],
    ["1::2:3:4:5:6:7:8", ":: standing for no group"],
    ["1::2::3", "two ::"],
    [":::", "triple colon"],
    ["12345::", "five hex digits"],
    ["g::1", "not hex"],
    ["1.2.3.4::", "IPv4 tail not at the end"],
    ["::ffff:01.2.3.4", "leading zero in an embedded IPv4 octet"],
    ["", "empty"],
  ])("refuses %s (%s)", (input) => {
    const parsed = parseAddress(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(input === "" ? '""' : input);
  });

  it("format(parse(x)) = x for canonical text", () => {
    fc.assert(
      fc.property(arbitraryAddress, (address) => {
        const text = formatAddress(address);
        expect(roundTrip(text)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it("parse(format(a)) = a", () => {
    fc.assert(
      fc.property(arbitraryAddress, (address) => {
        expect(parseAddress(formatAddress(address))).toEqual({ ok: true, value: address });
      }),
      { numRuns: 1000 },
    );
  });

  it("writes canonical IPv6 text: lower case, no leading zeros, at most one '::', never for one group", () => {
    fc.assert(
      fc.property(arbitraryAddress, (address) => {
        if (address.family !== "ipv6") return;
        const text = formatAddress(address);
        expect(text).toBe(text.toLowerCase());
        expect(text.split("::").length).toBeLessThanOrEqual(2);
        if (!text.startsWith("::ffff:")) {
          for (const group of text.split(":"))
            expect(group).toMatch(/^(|0|[1-9a-f][0-9a-f]{0,3})$/);
        }
        if (text.includes("::")) {
          const shown = text.split(/::?/).filter((g) => g !== "").length;
          expect(8 - shown).toBeGreaterThanOrEqual(2);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
