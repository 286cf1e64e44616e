import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { planLbPools } from "../plans/lbPoolPlans.ts";
import { lbPoolAddresses, lbPoolCapacities } from "./lbPools.ts";

describe("lbPoolAddresses", () => {
  // reference/cni.md 6 and 9.
  it.each([
    ["192.0.2.0/28", "metallb", false, 16n],
    ["192.0.2.0/28", "metallb", true, 15n],
    ["198.51.100.10-198.51.100.20", "metallb", false, 11n],
    ["198.51.100.10-198.51.100.20", "metallb", true, 11n],
    ["192.0.2.0/24", "metallb", true, 254n],
    ["192.0.2.250-192.0.3.5", "metallb", true, 10n],
    ["192.0.2.0/23", "metallb", true, 508n],
    ["2001:db8::/120", "metallb", true, 256n],
    ["192.0.2.0/24", "cilium", false, 256n],
    ["192.0.2.0/24", "cilium", true, 254n],
    ["192.0.2.0/31", "cilium", true, 2n],
    ["192.0.2.0/32", "cilium", true, 1n],
    ["2001:db8::/127", "cilium", true, 2n],
    ["2001:db8::/120", "cilium", true, 254n],
    // Start/stop blocks are never trimmed by allowFirstLastIPs (Cilium LB-IPAM docs).
    ["198.51.100.10-198.51.100.20", "cilium", true, 11n],
  ] as const)("%s with %s, avoidBuggyIPs %s: %s", (range, provider, avoid, expected) => {
    expect(lbPoolAddresses(range, provider, avoid)?.addresses).toBe(expected);
  });

  it("refuses unparsable entries", () => {
    expect(lbPoolAddresses("nonsense", "metallb", false)).toBeUndefined();
  });
});

describe("lbPoolCapacities", () => {
  it("lists every pool with its family", () => {
    const d = defaultDesign();
    d.loadBalancer.pools = [
      { name: "a", range: "192.0.2.0/28" },
      { name: "b", range: "2001:db8::10-2001:db8::1f" },
    ];
    expect(lbPoolCapacities(planLbPools(d))).toEqual([
      { index: 0, name: "a", range: "192.0.2.0/28", family: "ipv4", addresses: 16n },
      { index: 1, name: "b", range: "2001:db8::10-2001:db8::1f", family: "ipv6", addresses: 16n },
    ]);
  });
});
