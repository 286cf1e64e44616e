import { describe, expect, it } from "vitest";
import { countAtMost, countBelow, sortedSpansByFamily } from "./sortedSpans.ts";

describe("sortedSpansByFamily", () => {
  it("groups by family, keeps input order in a group, sorts by first and by last", () => {
    const groups = sortedSpansByFamily([
      { family: "ipv4", first: 5n, last: 9n },
      { first: 1n, last: 1n },
      { family: "ipv4", first: 1n, last: 20n },
      { family: "ipv4", first: 3n, last: 4n },
    ]);
    expect([...groups.keys()]).toEqual(["ipv4", ""]);
    const v4 = groups.get("ipv4")!;
    expect(v4.indices).toEqual([0, 2, 3]);
    expect([...v4.byFirst]).toEqual([1, 2, 0]);
    expect(v4.firsts).toEqual([1n, 3n, 5n]);
    expect([...v4.byLast]).toEqual([2, 0, 1]);
    expect(v4.lasts).toEqual([4n, 9n, 20n]);
    expect(groups.get("")!.indices).toEqual([1]);
  });

  it("sorts the same way across the 32-bit edge (native float keys below it, bigint above)", () => {
    const edge = 0xffffffffn;
    const at = (first: bigint, last: bigint) => ({ family: "ipv6", first, last });
    for (const spans of [
      [at(edge, edge), at(edge - 1n, edge), at(0n, edge - 2n)],
      [at(edge + 1n, 1n << 100n), at(edge - 1n, edge), at(0n, edge + 2n)],
    ]) {
      const g = sortedSpansByFamily(spans).get("ipv6")!;
      expect([...g.byFirst]).toEqual([2, 1, 0]);
      expect(g.firsts).toEqual([...spans.map((s) => s.first)].sort((a, b) => (a < b ? -1 : 1)));
      expect(g.lasts).toEqual([...spans.map((s) => s.last)].sort((a, b) => (a < b ? -1 : 1)));
    }
  });
});

describe("countBelow and countAtMost", () => {
  it("count around repeated values, at both ends and past them", () => {
    const values = [2n, 4n, 4n, 4n, 1n << 100n];
    const cases: [bigint, number, number][] = [
      [0n, 0, 0],
      [2n, 0, 1],
      [3n, 1, 1],
      [4n, 1, 4],
      [5n, 4, 4],
      [1n << 100n, 4, 5],
      [(1n << 100n) + 1n, 5, 5],
    ];
    for (const [v, below, atMost] of cases) {
      expect([countBelow(values, v), countAtMost(values, v)], `${v}`).toEqual([below, atMost]);
    }
    expect([countBelow([], 1n), countAtMost([], 1n)]).toEqual([0, 0]);
  });
});
