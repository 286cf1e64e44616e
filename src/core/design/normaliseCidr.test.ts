import { describe, expect, it } from "vitest";
import {
  canonicalCidr,
  canonicalPoolRange,
  normaliseCidr,
  normalisePoolRange,
} from "./normaliseCidr.ts";

describe("canonicalCidr (the one CIDR canonicaliser)", () => {
  it("clears host bits and says it did", () => {
    const r = canonicalCidr(" 10.244.1.7/16 ");
    expect(r).toMatchObject({ ok: true, value: { text: "10.244.0.0/16", hostBitsSet: true } });
  });

  it("writes IPv6 in RFC 5952 form without counting that as host bits", () => {
    const r = canonicalCidr("FD00:0010:0000:0000::/56");
    expect(r).toMatchObject({ ok: true, value: { text: "fd00:10::/56", hostBitsSet: false } });
  });

  it("refuses what does not parse, with the parser's message", () => {
    const r = canonicalCidr("10.0.0.0");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/needs a prefix length/);
  });

  it("pool ranges: a CIDR as above, a start-end range without spaces", () => {
    expect(canonicalPoolRange("192.0.2.5/28")).toMatchObject({
      ok: true,
      value: { text: "192.0.2.0/28", hostBitsSet: true },
    });
    expect(canonicalPoolRange("198.51.100.10 - 198.51.100.20")).toMatchObject({
      ok: true,
      value: { text: "198.51.100.10-198.51.100.20", hostBitsSet: false },
    });
  });
});

describe("normaliseCidr / normalisePoolRange (edit-time notes)", () => {
  it("notes host bits, naming who does the same", () => {
    expect(normaliseCidr("10.0.0.1/8", "ipv4", "as kube-controller-manager does")).toEqual({
      ok: true,
      value: {
        text: "10.0.0.0/8",
        note: "normalised to 10.0.0.0/8, as kube-controller-manager does",
      },
    });
    expect(normaliseCidr("10.0.0.1/8")).toEqual({
      ok: true,
      value: { text: "10.0.0.0/8", note: "normalised to 10.0.0.0/8 (host bits cleared)" },
    });
    expect(normaliseCidr("10.0.0.0/8")).toEqual({ ok: true, value: { text: "10.0.0.0/8" } });
  });

  it("refuses a CIDR of the other family", () => {
    expect(normaliseCidr("fd00::/64", "ipv4")).toEqual({
      ok: false,
      error: '"fd00::/64" is not an IPv4 CIDR',
    });
  });

  it("pool CIDRs name MetalLB; bad pool CIDRs quote the text", () => {
    expect(normalisePoolRange("192.0.2.1/28")).toEqual({
      ok: true,
      value: { text: "192.0.2.0/28", note: "normalised to 192.0.2.0/28, as MetalLB does" },
    });
    const bad = normalisePoolRange("192.0.2.0/33");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^invalid CIDR "192.0.2.0\/33": /);
  });
});
