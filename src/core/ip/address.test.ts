import { describe, expect, it } from "vitest";
import { formatAddress, parseAddress } from "./address.ts";

const roundTrip = (text: string): string => {
  const parsed = parseAddress(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return formatAddress(parsed.value);
};

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
    ["1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:102:304"], // a dotted tail without ::
    ["1::1.2.3.4", "1::102:304"],
    ["FFFF:ffff:FfFf:ffff:ffff:ffff:ffff:fffe", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe"],
    ["8000::ffff:ffff:ffff", "8000::ffff:ffff:ffff"], // every group of the 48-bit thirds
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
    [":1::", "empty first group"],
    ["1::2:", "empty last group"],
    ["1:2:3:4:5:6:7:", "empty eighth group"],
    ["1:2:3:4:1.2.3.4:7:8", "IPv4 tail in a middle group"],
    ["::1.2.3.4:1", "IPv4 tail before a group"],
    ["1::2:1.2.3", "three-octet IPv4 tail"],
    ["1::2:a.2.3.4", "hex in an IPv4 tail"],
    ["1::G", "not hex after ::"],
    ["1:: 2", "space after ::"],
  ])("refuses %s (%s)", (input) => {
    const parsed = parseAddress(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(input === "" ? '""' : input);
  });
});
