import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import { formatPrefix } from "../ip/prefix.ts";
import { nextFreeInDesign } from "./nextFreeInDesign.ts";

const text = (design: Design, length: number) => {
  const r = nextFreeInDesign(design, "ipv4", length);
  return r.ok ? formatPrefix(r.value) : r.error;
};

describe("nextFreeInDesign", () => {
  it("takes the first free block of the private range holding the design, past every range", () => {
    // Default design: pods 10.244.0.0/16 in 10.0.0.0/8, Services 10.96.0.0/12, nodes 10.0.0.0/22.
    const d = defaultDesign();
    expect(d.nodes.networks[0]?.cidr).toBe("10.0.0.0/22");
    expect(text(d, 22)).toBe("10.0.4.0/22");
    expect(text(d, 16)).toBe("10.1.0.0/16");
    // A /12 cannot start at 10.0/12 (node network) nor 10.96/12 (Services): the next is 10.16/12.
    expect(text(d, 12)).toBe("10.16.0.0/12");
  });

  it("skips external ranges and refuses lengths outside /8 to /32 with a message", () => {
    const d: Design = {
      ...defaultDesign(),
      externalRanges: [{ name: "vpn", cidr: "10.0.4.0/22" }],
    };
    expect(text(d, 22)).toBe("10.0.8.0/22");
    expect(text(d, 33)).toMatch(/\/8 to a \/32/);
    expect(text(d, 7)).toMatch(/\/8 to a \/32/);
  });

  it("says so when nothing of that size is free in any private block", () => {
    const d: Design = {
      ...defaultDesign(),
      externalRanges: [
        { name: "a", cidr: "10.0.0.0/8" },
        { name: "b", cidr: "172.16.0.0/12" },
        { name: "c", cidr: "192.168.0.0/16" },
      ],
    };
    expect(text(d, 24)).toMatch(/^no \/24 is free in 10\.0\.0\.0\/8, 172\.16\.0\.0\/12/);
  });
});
