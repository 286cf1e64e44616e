import { describe, expect, it } from "vitest";
import { isKubernetesCidr } from "./cidrFormat.ts";

describe("isKubernetesCidr (the schema check's own cidr oracle)", () => {
  it.each([
    "10.0.0.0/8",
    "10.0.0.1/8", // host bits set: Go's net.ParseCIDR accepts it
    "0.0.0.0/0",
    "192.0.2.0/32",
    "fd00::/8",
    "2001:db8::1/128",
    "::ffff:192.0.2.0/120",
  ])("accepts %s", (text) => expect(isKubernetesCidr(text)).toBe(true));

  it.each([
    "10.0.0.0",
    "10.0.0.0/33",
    "fd00::/129",
    "010.0.0.0/8",
    "10.0.0/8",
    "10.0.0.0/08",
    "10.0.0.0/-1",
    " 10.0.0.0/8",
    "10.0.0.0/8 ",
    "fe80::1%eth0/64",
    "fd00::/",
    "/8",
    "10.0.0.0/8/8",
  ])("refuses %j", (text) => expect(isKubernetesCidr(text)).toBe(false));
});
