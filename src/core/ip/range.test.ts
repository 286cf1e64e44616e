import { describe, expect, it } from "vitest";
import { formatPrefix, lastAddress, parsePrefix, prefixAt } from "./prefix.ts";
import {
  blockContaining,
  blockCount,
  formatRange,
  largestBlock,
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

describe("largestBlock and blockCount", () => {
  const v4 = (first: bigint, last: bigint): AddressRange => ({ family: "ipv4", first, last });
  it("10.0.0.1-10.0.0.6 is /32, /31, /31, /32: the first /31 is the largest", () => {
    expect(largestBlock(v4(0x0a000001n, 0x0a000006n))).toEqual(prefixAt("ipv4", 0x0a000002n, 31));
    expect(blockCount(v4(0x0a000001n, 0x0a000006n))).toBe(4);
  });

  it("a single address, a whole block and the whole space are one block", () => {
    expect(blockCount(v4(7n, 7n))).toBe(1);
    expect(largestBlock(v4(7n, 7n))).toEqual(prefixAt("ipv4", 7n, 32));
    expect(blockCount(v4(0x0a000000n, 0x0a0000ffn))).toBe(1);
    const all: AddressRange = { family: "ipv6", first: 0n, last: (1n << 128n) - 1n };
    expect(blockCount(all)).toBe(1);
    expect(largestBlock(all)).toEqual(prefixAt("ipv6", 0n, 0));
  });

  it("addresses 1-254 are 14 blocks; of the two /26s the first (.64) is the largest", () => {
    // .1/32 .2/31 .4/30 .8/29 .16/28 .32/27 .64/26 .128/26 .192/27 .224/28 .240/29 .248/30 .252/31 .254/32
    expect(blockCount(v4(1n, 254n))).toBe(14);
    expect(largestBlock(v4(1n, 254n))).toEqual(prefixAt("ipv4", 64n, 26));
  });
});

describe("blockContaining", () => {
  const v4 = (first: bigint, last: bigint): AddressRange => ({ family: "ipv4", first, last });
  // Every address of every run of small ends, at the bottom and the top of each family's space:
  // the block is the one rangeToPrefixes lists for it (edges of the halving search included).
  const cases = (family: "ipv4" | "ipv6", base: bigint): void => {
    for (let a = 0n; a < 34n; a++) {
      for (let b = a; b < 34n; b++) {
        const run = { family, first: base + a, last: base + b };
        for (const block of rangeToPrefixes(run)) {
          for (let at = block.network; at <= lastAddress(block); at++) {
            expect(blockContaining(run, at), `${family} ${a}-${b} at ${at - base}`).toEqual(block);
          }
        }
      }
    }
  };
  it("is the listed block holding each address of small runs", () => {
    cases("ipv4", 0n);
    cases("ipv4", (1n << 32n) - 34n);
    cases("ipv6", (1n << 128n) - 34n);
    cases("ipv6", 1n << 64n);
  });

  it("finds the whole space and single addresses", () => {
    expect(blockContaining(v4(0n, 0xffffffffn), 0xffffffffn)).toEqual(prefixAt("ipv4", 0n, 0));
    const all = { family: "ipv6" as const, first: 0n, last: (1n << 128n) - 1n };
    expect(blockContaining(all, 12345n)).toEqual(prefixAt("ipv6", 0n, 0));
    expect(blockContaining(v4(7n, 7n), 7n)).toEqual(prefixAt("ipv4", 7n, 32));
  });
});
