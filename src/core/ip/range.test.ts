import { describe, expect, it } from "vitest";
import { formatPrefix, parsePrefix } from "./prefix.ts";
import {
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
    // Two "::" in one address: never read as the first "::" part alone (issue 16).
    ["fd00::1::2-fd00::ff", 'invalid start IP "fd00::1::2"'],
    ["fd00::1-fd00::1::2", 'invalid end IP "fd00::1::2"'],
    ["fd00::1::2/128", 'invalid CIDR "fd00::1::2/128"'],
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
