import { describe, expect, it } from "vitest";
import { nodePortCapacity } from "./nodePorts.ts";

describe("nodePortCapacity (KEP-3668)", () => {
  it.each([
    // reference/kubernetes.md 2.5: 2768 / 32 = 86 -> static band 30000-30085.
    ["30000-32767", 2768, { first: 30000, last: 30085 }],
    ["30000-30015", 16, undefined],
    ["30000-30016", 17, { first: 30000, last: 30015 }],
    ["30000-30999", 1000, { first: 30000, last: 30030 }], // 1000 / 32 = 31,
    ["20000-32767", 12768, { first: 20000, last: 20127 }],
  ])("%s: %i ports, band %o", (range, size, band) => {
    const np = nodePortCapacity(range);
    expect(np.size).toBe(size);
    expect(np.staticBand).toEqual(band);
  });
});
