import { describe, expect, it } from "vitest";
import { parsePrefix } from "../../core/ip/prefix.ts";
import { mayBecomeValid } from "./mayBecomeValid.ts";

describe("mayBecomeValid", () => {
  it("holds back errors for every prefix of a valid CIDR", () => {
    for (const cidr of ["10.244.0.0/16", "192.168.100.0/24", "fd00:10:244::/56", "2001:db8::/32"]) {
      expect(parsePrefix(cidr).ok).toBe(true);
      for (let i = 0; i <= cidr.length; i++) expect(mayBecomeValid(cidr.slice(0, i))).toBe(true);
    }
  });

  it("holds back errors for ranges being typed", () => {
    expect(mayBecomeValid("10.0.0.1-10.0")).toBe(true);
    expect(mayBecomeValid("30000-32")).toBe(true);
    expect(mayBecomeValid("cluster.")).toBe(true);
  });

  it("lets errors show for text no typing can repair", () => {
    for (const text of [
      "10.256",
      "10.1.2.3.4",
      "10.0.0.0/33",
      "10.1/8",
      "fd00:::1",
      "10.0.0.0//8",
      "Cluster Local",
      "-5",
    ]) {
      expect(mayBecomeValid(text), text).toBe(false);
    }
    expect(mayBecomeValid("10.1."), "a trailing dot is still being typed").toBe(true);
  });
});
