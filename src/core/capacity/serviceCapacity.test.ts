import { describe, expect, it } from "vitest";
import { prefixOf, type Prefix } from "../ip/prefix.ts";
import {
  clusterDNSIP,
  kubernetesMinor,
  kubernetesServiceIP,
  serviceIPCount,
  serviceStaticBand,
} from "./serviceCapacity.ts";

const p = (text: string): Prefix => {
  const prefix = prefixOf(text);
  if (!prefix) throw new Error(text);
  return prefix;
};

describe("serviceIPCount", () => {
  // reference/kubernetes.md 2.2 and 9.
  it.each([
    ["10.96.0.0/12", "1.33", (1n << 20n) - 2n],
    ["10.96.0.0/24", "1.35", 254n],
    ["10.96.0.0/29", "1.35", 6n],
    ["10.96.0.0/32", "1.35", 0n],
    ["fd00:10:96::/108", "1.33", 65_535n],
    ["fd00:10:96::/112", "1.33", 65_535n],
    ["fd00:10:96::/108", "1.34", (1n << 20n) - 1n],
    ["fd00:10:96::/112", "1.34", 65_535n],
    ["fd00:10:96::/64", "1.36", (1n << 64n) - 1n],
    ["fd00:10:96::/64", "1.30", 65_535n],
    ["fd00:10:96::/120", "1.30", 255n],
  ])("%s on %s gives %s", (cidr, version, expected) => {
    expect(serviceIPCount(p(cidr), version)).toBe(expected);
  });
});

describe("well-known Service addresses", () => {
  it.each([
    ["10.96.0.0/12", "10.96.0.1", "10.96.0.10"], // kubeadm
    ["10.43.0.0/16", "10.43.0.1", "10.43.0.10"], // k3s / RKE2
    ["10.152.183.0/24", "10.152.183.1", "10.152.183.10"], // MicroK8s
    ["fc00:db8:20::/112", "fc00:db8:20::1", "fc00:db8:20::a"], // Talos IPv6
    ["10.96.0.0/28", "10.96.0.1", "10.96.0.10"],
    ["10.96.0.0/29", "10.96.0.1", undefined],
  ])("%s: kubernetes %s, DNS %s", (cidr, api, dns) => {
    expect(kubernetesServiceIP(p(cidr))).toBe(api);
    expect(clusterDNSIP(p(cidr))).toBe(dns);
  });
});

describe("serviceStaticBand (KEP-3070)", () => {
  // reference/kubernetes.md 2.4: /24 -> 16 (.1-.16), /20 -> 256, /16 and /12 -> 256, /27 -> 16, /28 -> none.
  it.each([
    ["10.96.0.0/24", { first: "10.96.0.1", last: "10.96.0.16", size: 16n }],
    ["10.96.0.0/20", { first: "10.96.0.1", last: "10.96.1.0", size: 256n }],
    ["10.96.0.0/16", { first: "10.96.0.1", last: "10.96.1.0", size: 256n }],
    ["10.96.0.0/12", { first: "10.96.0.1", last: "10.96.1.0", size: 256n }],
    ["10.96.0.0/27", { first: "10.96.0.1", last: "10.96.0.16", size: 16n }],
    ["10.96.0.0/22", { first: "10.96.0.1", last: "10.96.0.64", size: 64n }],
    ["10.96.0.0/28", undefined],
    ["fd00:10:96::/112", { first: "fd00:10:96::1", last: "fd00:10:96::100", size: 256n }],
  ])("%s", (cidr, band) => {
    expect(serviceStaticBand(p(cidr))).toEqual(band);
  });
});

describe("kubernetesMinor", () => {
  it("reads 1.NN", () => {
    expect(kubernetesMinor("1.34")).toBe(34);
    expect(kubernetesMinor("2.0")).toBeNaN();
  });
});
