import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPrefix, lastAddress, parsePrefix, prefixAt } from "./prefix.ts";
import {
  blockContaining,
  formatRange,
  parseAddressRange,
  prefixRange,
  rangeSize,
  rangeToPrefixes,
  type AddressRange,
} from "./range.ts";

const r = (text: string): AddressRange => {
  const parsed = parseAddressRange(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

describe("parseAddressRange (MetalLB pool entries)", () => {
  it.each([
    ["192.0.2.0/28", "192.0.2.0-192.0.2.15", 16n],
    ["198.51.100.10-198.51.100.20", "198.51.100.10-198.51.100.20", 11n],
    ["198.51.100.10 - 198.51.100.20", "198.51.100.10-198.51.100.20", 11n],
    ["2001:db8::10-2001:db8::1f", "2001:db8::10-2001:db8::1f", 16n],
    ["10.0.0.5-10.0.0.5", "10.0.0.5-10.0.0.5", 1n],
  ])("%s", (text, formatted, size) => {
    expect(formatRange(r(text))).toBe(formatted);
    expect(rangeSize(r(text))).toBe(size);
  });

  it.each([
    ["nonsense", 'invalid CIDR "nonsense"'],
    ["10.0.0.0/33", 'invalid CIDR "10.0.0.0/33"'],
    ["10.0.0.9-10.0.0.1", 'start IP "10.0.0.9" is after the end IP "10.0.0.1"'],
    ["10.0.0.1-fd00::1", "start and end are of different IP families"],
    ["10.0.0.1-10.0.0.2-10.0.0.3", 'invalid IP range "10.0.0.1-10.0.0.2-10.0.0.3"'],
    ["10.0.0.x-10.0.0.2", 'invalid start IP "10.0.0.x"'],
    ["10.0.0.1-10.0.0.300", 'invalid end IP "10.0.0.300"'],
  ])("refuses %s", (text, message) => {
    const parsed = parseAddressRange(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});

describe("rangeToPrefixes", () => {
  it.each([
    [
      "198.51.100.10-198.51.100.20",
      ["198.51.100.10/31", "198.51.100.12/30", "198.51.100.16/30", "198.51.100.20/32"],
    ],
    ["192.0.2.0-192.0.2.255", ["192.0.2.0/24"]],
    ["0.0.0.0-255.255.255.255", ["0.0.0.0/0"]],
    ["::-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", ["::/0"]],
    ["10.0.0.255-10.0.1.0", ["10.0.0.255/32", "10.0.1.0/32"]],
  ])("%s", (text, cidrs) => {
    expect(rangeToPrefixes(r(text)).map(formatPrefix)).toEqual(cidrs);
  });

  it("turns a CIDR's own range back into that CIDR", () => {
    const parsed = parsePrefix("fd00:10:96::/112");
    if (!parsed.ok) throw new Error(parsed.error);
    expect(rangeToPrefixes(prefixRange(parsed.value.prefix))).toEqual([parsed.value.prefix]);
  });
});

describe("rangeToPrefixes and blockContaining at scale", () => {
  const run = fc
    .tuple(
      fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
      fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
    )
    .map(([a, b]) => ({ family: "ipv6" as const, first: a < b ? a : b, last: a < b ? b : a }));

  it("covers the run exactly with maximal aligned blocks, and stops at the limit", () => {
    fc.assert(
      fc.property(run, fc.integer({ min: 1, max: 5 }), (r, limit) => {
        const blocks = rangeToPrefixes(r);
        expect(blocks.length).toBeLessThanOrEqual(2 * 128);
        let at = r.first;
        for (const b of blocks) {
          expect(b.network).toBe(at);
          // Maximal: the next wider aligned block leaves the run.
          if (b.length > 0) {
            const wider = prefixAt("ipv6", b.network, b.length - 1);
            expect(wider.network < r.first || lastAddress(wider) > r.last).toBe(true);
          }
          at = lastAddress(b) + 1n;
        }
        expect(at).toBe(r.last + 1n);
        expect(rangeToPrefixes(r, limit)).toEqual(blocks.slice(0, limit));
      }),
    );
  });

  it("blockContaining finds the block of the run holding an address", () => {
    fc.assert(
      fc.property(run, fc.bigInt({ min: 0n, max: 1n << 64n }), (r, off) => {
        const address = r.first + (off % (r.last - r.first + 1n));
        const expected = rangeToPrefixes(r).find(
          (b) => b.network <= address && address <= lastAddress(b),
        );
        expect(blockContaining(r, address)).toEqual(expected);
      }),
    );
  });
});
