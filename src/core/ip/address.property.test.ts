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
