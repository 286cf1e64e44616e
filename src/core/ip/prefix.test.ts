import { describe, expect, it } from "vitest";
import {
  addressAt,
  commonSupernet,
  comparePrefixes,
  formatPrefix,
  includesAddress,
  intersection,
  lastAddress,
  nthSubnet,
  overlaps,
  parsePrefix,
  prefixSize,
  split,
  subnetCount,
  subnetIndexOf,
  type Prefix,
} from "./prefix.ts";
import { formatAddress } from "./address.ts";

const p = (text: string): Prefix => {
  const parsed = parsePrefix(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value.prefix;
};

describe("parsePrefix", () => {
  it.each([
    ["10.0.0.0/8", "10.0.0.0/8", false],
    ["10.244.1.0/16", "10.244.0.0/16", true], // normalised like netutils.ParseCIDRSloppy
    ["192.168.1.77/24", "192.168.1.0/24", true],
    ["0.0.0.0/0", "0.0.0.0/0", false],
    ["10.96.0.10/32", "10.96.0.10/32", false],
    ["fd00:10:244::/56", "fd00:10:244::/56", false],
    ["FD00:0010:0244:0000::/56", "fd00:10:244::/56", false],
    ["fd00:10:244::1/64", "fd00:10:244::/64", true],
    ["2001:db8::/32", "2001:db8::/32", false],
    ["::/0", "::/0", false],
    [" 10.0.0.0/8 ", "10.0.0.0/8", false],
  ])("%s -> %s (host bits set: %s)", (input, canonical, hostBitsSet) => {
    const parsed = parsePrefix(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(formatPrefix(parsed.value.prefix)).toBe(canonical);
    expect(parsed.value.hostBitsSet).toBe(hostBitsSet);
  });

  it.each([
    ["10.0.0.0/33", "the prefix length must be 0 to 32"],
    ["fd00::/129", "the prefix length must be 0 to 128"],
    ["10.0.0.0", "it needs a prefix length"],
    ["10.0.0.0/", "the prefix length must be 0 to 32"],
    ["10.0.0.0/-1", "the prefix length must be 0 to 32"],
    ["010.0.0.0/8", "not a valid IPv4 address"],
    ["fe80::1%eth0/64", "not a valid IPv6 address"],
    ["10.0.0.0/8/8", "the prefix length must be 0 to 32"],
    ["nonsense", "it needs a prefix length"],
    // Leading zeros in the length: refused alike, as Go does (ip-cidr takes /08 but not /016).
    ["10.0.0.0/08", "write the prefix length without leading zeros (/8)"],
    ["10.0.0.0/016", "write the prefix length without leading zeros (/16)"],
    ["fd00::/048", "write the prefix length without leading zeros (/48)"],
    ["10.0.0.0/00", "write the prefix length without leading zeros (/0)"],
  ])("refuses %s (%s)", (input, message) => {
    const parsed = parsePrefix(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });
});

describe("block arithmetic", () => {
  it("sizes, last address and indexed addresses", () => {
    expect(prefixSize(p("10.0.0.0/8"))).toBe(16_777_216n);
    expect(prefixSize(p("fd00::/64"))).toBe(1n << 64n);
    expect(formatAddress({ family: "ipv4", value: lastAddress(p("10.96.0.0/12")) })).toBe(
      "10.111.255.255",
    );
    expect(formatAddress(addressAt(p("10.96.0.0/12"), 10n))).toBe("10.96.0.10");
    expect(formatAddress(addressAt(p("10.96.0.0/24"), -1n))).toBe("10.96.0.255");
    expect(() => addressAt(p("10.96.0.0/24"), 256n)).toThrow(RangeError);
    expect(
      includesAddress(p("10.96.0.0/12"), { family: "ipv4", value: lastAddress(p("10.96.0.0/12")) }),
    ).toBe(true);
  });

  it("splits and indexes subnets", () => {
    expect(subnetCount(p("10.244.0.0/16"), 24)).toBe(256n);
    expect(subnetCount(p("10.244.0.0/16"), 8)).toBe(0n);
    expect(formatPrefix(nthSubnet(p("10.244.0.0/16"), 24, 255n))).toBe("10.244.255.0/24");
    expect(formatPrefix(nthSubnet(p("fd00:10::/104"), 120, 1n))).toBe("fd00:10::100/120"); // cni.md 0
    expect(split(p("10.0.0.0/30"), 32).map(formatPrefix)).toEqual([
      "10.0.0.0/32",
      "10.0.0.1/32",
      "10.0.0.2/32",
      "10.0.0.3/32",
    ]);
    expect(() => split(p("10.0.0.0/8"), 32)).toThrow(RangeError);
    expect(subnetIndexOf(p("10.244.0.0/16"), 24, p("10.244.7.9/32").network)).toBe(7n);
  });

  it("orders prefixes by family, network, then length", () => {
    const sorted = ["fd00::/8", "10.0.0.0/16", "10.0.0.0/8", "9.0.0.0/8"]
      .map(p)
      .sort(comparePrefixes);
    expect(sorted.map(formatPrefix)).toEqual([
      "9.0.0.0/8",
      "10.0.0.0/8",
      "10.0.0.0/16",
      "fd00::/8",
    ]);
  });

  it("overlap and intersection in the Cilium-default case", () => {
    expect(overlaps(p("10.0.0.0/8"), p("10.96.0.0/12"))).toBe(true);
    expect(formatPrefix(intersection(p("10.0.0.0/8"), p("10.96.0.0/12"))!)).toBe("10.96.0.0/12");
    expect(overlaps(p("10.244.0.0/16"), p("10.96.0.0/12"))).toBe(false);
    expect(overlaps(p("10.0.0.0/8"), p("fd00::/8"))).toBe(false);
  });
});

describe("commonSupernet", () => {
  it("commonSupernet of nothing is undefined", () => {
    expect(commonSupernet([])).toBeUndefined();
    // 244 = 0b11110100 and 96 = 0b01100000 differ in their first bit: only /8 holds both.
    expect(formatPrefix(commonSupernet([p("10.244.0.0/16"), p("10.96.0.0/12")])!)).toBe(
      "10.0.0.0/8",
    );
    expect(formatPrefix(commonSupernet([p("10.96.0.0/16"), p("10.100.0.0/16")])!)).toBe(
      "10.96.0.0/13",
    );
  });
});
