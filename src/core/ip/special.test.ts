import { describe, expect, it } from "vitest";
import { parseAddressRange } from "./range.ts";
import { SPECIAL_RANGES } from "./special.ts";

/**
 * The special-purpose table against the registries it cites (IANA IPv4 and IPv6 special-purpose
 * address registries, RFC 6890 and the RFCs named per row; Docker's pools from moby
 * libnetwork/ipamutils): block, family, how strongly to avoid it, source, and a word of purpose.
 */
const EXPECTED: [string, "ipv4" | "ipv6", string, string, string][] = [
  ["0.0.0.0/8", "ipv4", "never", "RFC 1122", "this network"],
  ["127.0.0.0/8", "ipv4", "never", "RFC 1122", "loopback"],
  ["169.254.0.0/16", "ipv4", "avoid", "RFC 3927", "link-local"],
  ["224.0.0.0/4", "ipv4", "never", "RFC 5771", "multicast"],
  ["240.0.0.0/4", "ipv4", "never", "RFC 1112", "reserved for future use"],
  ["255.255.255.255/32", "ipv4", "never", "RFC 919", "limited broadcast"],
  ["192.0.0.0/24", "ipv4", "avoid", "RFC 6890", "IETF protocol assignments"],
  ["192.0.2.0/24", "ipv4", "avoid", "RFC 5737", "TEST-NET-1"],
  ["198.51.100.0/24", "ipv4", "avoid", "RFC 5737", "TEST-NET-2"],
  ["203.0.113.0/24", "ipv4", "avoid", "RFC 5737", "TEST-NET-3"],
  ["192.88.99.0/24", "ipv4", "avoid", "RFC 7526", "6to4 relay anycast"],
  ["198.18.0.0/15", "ipv4", "avoid", "RFC 2544", "benchmarking"],
  ["100.64.0.0/10", "ipv4", "caution", "RFC 6598", "CGNAT"],
  ["172.17.0.0/16", "ipv4", "caution", "moby libnetwork/ipamutils", "docker0"],
  ["172.18.0.0-172.31.255.255", "ipv4", "local", "moby libnetwork/ipamutils", "kind's network"],
  ["192.168.0.0/16", "ipv4", "local", "moby libnetwork/ipamutils", "split into /20s"],
  ["::/128", "ipv6", "never", "RFC 4291", "unspecified"],
  ["::1/128", "ipv6", "never", "RFC 4291", "loopback"],
  ["fe80::/10", "ipv6", "never", "RFC 4291", "link-local"],
  ["ff00::/8", "ipv6", "never", "RFC 4291", "multicast"],
  ["2001:db8::/32", "ipv6", "avoid", "RFC 3849", "documentation"],
  ["fec0::/10", "ipv6", "avoid", "RFC 3879", "site-local"],
  ["64:ff9b::/96", "ipv6", "avoid", "RFC 6052", "NAT64"],
];

describe("SPECIAL_RANGES", () => {
  it("lists each registry block with its family, use and source", () => {
    expect(SPECIAL_RANGES.map((r) => [r.cidr, r.family, r.use, r.source])).toEqual(
      EXPECTED.map(([cidr, family, use, source]) => [cidr, family, use, source]),
    );
  });

  it("says what each block is for", () => {
    SPECIAL_RANGES.forEach((r, i) => expect(r.purpose, r.cidr).toContain(EXPECTED[i]?.[4]));
  });

  it("every block parses, in its own family", () => {
    for (const r of SPECIAL_RANGES) {
      const parsed = parseAddressRange(r.cidr);
      expect(parsed.ok && parsed.value.family, r.cidr).toBe(r.family);
    }
  });
});
