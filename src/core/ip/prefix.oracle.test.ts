import { describe, expect, it } from "vitest";
import { ipCidrVerdict, knownDifference } from "../../../test/core/ip/ipCidrOracle.ts";
import { parsePrefix } from "./prefix.ts";

// ip-cidr is a test oracle, not a production dependency (ADR 0034): where both accept, they agree
// on the block; where they disagree on validity, it is one of the known, documented differences.

const AGREE = [
  "10.0.0.0/8",
  "10.244.1.0/16",
  "0.0.0.0/0",
  "255.255.255.255/32",
  "fd00::/48",
  "FD00:0:0:0::/64",
  "::/0",
  "1:2:3:4:5:6:7:8/64",
  "1:2:3:4:5:6:7::/64",
  "10.0.0.0/33",
  "fd00::/129",
  "010.0.0.0/8",
  "1.2.3.04/32",
  "10.0.0/8",
  "10.0.0.0",
  "10.0.0.0/",
  "10.0.0.0/+8",
  "10.0.0.0/8.0",
  "10.0.0.0/1e1",
  "10.0.0.0/ 8",
  "1::2::3/64",
  "0x1.0.0.0/8",
  "nonsense",
];

describe("parsePrefix against the ip-cidr oracle", () => {
  it.each(AGREE)("%s: same verdict and, when valid, the same block", (text) => {
    expect(knownDifference(text)).toBeUndefined();
    const ours = parsePrefix(text);
    const oracle = ipCidrVerdict(text.trim());
    expect(ours.ok).toBe(oracle.ok);
    if (ours.ok && oracle.ok) {
      expect(ours.value.prefix.network).toBe(oracle.network);
      expect(ours.value.prefix.length).toBe(oracle.length);
    }
  });

  it.each([
    ["10.0.0.0/08", "leading-zero-length", false, true],
    ["10.0.0.0/016", "leading-zero-length", false, false],
    ["fd00::/048", "leading-zero-length", false, true],
    ["fe80::1%eth0/64", "zone", false, true],
    ["::ffff:1.2.3.4/128", "dotted-tail", true, false],
    ["::1.2.3.4/96", "dotted-tail", true, false],
    ["1.2.3.4::/64", "dotted-tail", false, false],
  ] as const)(
    "%s: a known difference (%s); we accept it: %s, ip-cidr: %s",
    (text, kind, ours, theirs) => {
      expect(knownDifference(text)).toBe(kind);
      expect(parsePrefix(text).ok).toBe(ours);
      expect(ipCidrVerdict(text).ok).toBe(theirs);
    },
  );

  it("reads an IPv6 address with a dotted IPv4 tail whole, where ip-cidr reads 10.2.3.4/32", () => {
    const ours = parsePrefix("::ffff:10.2.3.4/128");
    expect(ours.ok && ours.value.prefix).toEqual({
      family: "ipv6",
      network: 0xffff_0a02_0304n,
      length: 128,
    });
    expect(ipCidrVerdict("::ffff:10.2.3.4/128")).toEqual({
      ok: true,
      network: 0x0a02_0304n,
      length: 32,
    });
  });
});
