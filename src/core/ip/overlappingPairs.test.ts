import { describe, expect, it } from "vitest";
import { overlappingPairs } from "./overlappingPairs.ts";

describe("overlappingPairs", () => {
  it("reports each pair of nested ranges once and none for disjoint ones", () => {
    const nested = Array.from({ length: 64 }, (_, i) => ({
      first: BigInt(i),
      last: 1000n - BigInt(i),
    }));
    expect(overlappingPairs(nested)).toHaveLength((64 * 63) / 2);
    const disjoint = Array.from({ length: 5000 }, (_, i) => ({
      first: BigInt(i) * 10n,
      last: BigInt(i) * 10n + 9n,
    }));
    expect(overlappingPairs(disjoint)).toEqual([]);
  });

  it("treats touching runs as disjoint and a shared address as overlap", () => {
    expect(
      overlappingPairs([
        { first: 0n, last: 9n },
        { first: 10n, last: 12n },
      ]),
    ).toEqual([]);
    expect(
      overlappingPairs([
        { first: 0n, last: 10n },
        { first: 10n, last: 12n },
      ]),
    ).toEqual([[0, 1]]);
  });
});
