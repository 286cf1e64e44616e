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

  it("writes IPv6 text as the WHATWG URL parser's serializer does (an independent RFC 5952 form)", () => {
    // The URL serializer compresses the first longest run of two or more zero groups, lower
    // case, no leading zeros; it writes IPv4-mapped addresses in hex, RFC 5952 section 5 dotted.
    const oracle = (value: bigint): string => {
      if (value >> 32n === 0xffffn) {
        const v4 = [24n, 16n, 8n, 0n].map((s) => String((value >> s) & 0xffn)).join(".");
        return `::ffff:${v4}`;
      }
      const hex = value
        .toString(16)
        .padStart(32, "0")
        .replace(/(.{4})(?!$)/g, "$1:");
      return new URL(`http://[${hex}]/`).hostname.slice(1, -1);
    };
    fc.assert(
      fc.property(arbitraryAddress, (address) => {
        if (address.family !== "ipv6") return;
        expect(formatAddress(address)).toBe(oracle(address.value));
      }),
      { numRuns: 3000 },
    );
  });

  it("writes IPv4 text as four decimal octets and reads it back as their value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }),
        (o) => {
          const value = o.reduce((acc, x) => acc * 256n + BigInt(x), 0n);
          expect(formatAddress({ family: "ipv4", value })).toBe(o.join("."));
          expect(parseAddress(o.join("."))).toEqual({ ok: true, value: { family: "ipv4", value } });
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads IPv6 text of eight groups as their value, each group 16 bits in order", () => {
    const group = fc.integer({ min: 0, max: 0xffff });
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), fc.boolean(), (g, upper) => {
        const value = g.reduce((acc, x) => (acc << 16n) + BigInt(x), 0n);
        const text = g.map((x) => x.toString(16)).join(":");
        const shown = upper ? text.toUpperCase() : text;
        expect(parseAddress(shown)).toEqual({ ok: true, value: { family: "ipv6", value } });
      }),
      { numRuns: 1000 },
    );
  });
});
