import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { overlaps, prefixAt, prefixOf, split, type Prefix } from "../ip/prefix.ts";
import { withheldNodeSubnets } from "./nodeSubnets.ts";

const p = (text: string): Prefix => {
  const prefix = prefixOf(text);
  if (!prefix) throw new Error(text);
  return prefix;
};

describe("withheldNodeSubnets", () => {
  it("equals a brute-force count of node ranges touching the Service range", () => {
    let touched = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 24 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 12, max: 32 }),
        fc.integer({ min: -65_536, max: 131_072 }),
        (podLength, extra, serviceLength, serviceOffset) => {
          const pod = p(`10.20.0.0/${podLength}`);
          const nodeMask = podLength + extra;
          const service = prefixAt("ipv4", pod.network + BigInt(serviceOffset), serviceLength);
          if (overlaps(pod, service)) touched++;
          const brute = BigInt(split(pod, nodeMask).filter((s) => overlaps(s, service)).length);
          expect(withheldNodeSubnets(pod, nodeMask, service)).toBe(brute);
        },
      ),
      { numRuns: 400 },
    );
    // The property must exercise overlapping cases, not only disjoint ones.
    expect(touched).toBeGreaterThan(100);
  });
});
