import { describe, expect, it } from "vitest";
import { allocateSequentially, paintRuns, unitsOf } from "./runs.ts";

describe("allocateSequentially", () => {
  it("skips blocked runs and carries demands over", () => {
    const demands = [
      { kind: "a", count: 3n },
      { kind: "b", count: 2n },
    ];
    const runs = allocateSequentially(10n, [{ start: 2n, end: 4n }], "x", demands, "free");
    expect(runs).toEqual([
      { start: 0n, end: 2n, kind: "a" },
      { start: 2n, end: 4n, kind: "x" },
      { start: 4n, end: 5n, kind: "a" },
      { start: 5n, end: 7n, kind: "b" },
      { start: 7n, end: 10n, kind: "free" },
    ]);
    expect(demands.map((d) => d.count)).toEqual([0n, 0n]);
  });

  it("hands 2^20 units out in a few runs", () => {
    const runs = allocateSequentially(1n << 20n, [], "x", [{ kind: "a", count: 1000n }], "free");
    expect(runs).toHaveLength(2);
    expect(unitsOf(runs, "free")).toBe((1n << 20n) - 1000n);
  });
});

describe("paintRuns", () => {
  it("lays later marks over earlier ones and merges neighbours of one kind", () => {
    expect(
      paintRuns(
        16n,
        [
          [0n, 1n, "n"],
          [1n, 6n, "s"],
          [3n, 4n, "d"],
          [15n, 20n, "b"],
        ],
        "r",
      ),
    ).toEqual([
      { start: 0n, end: 1n, kind: "n" },
      { start: 1n, end: 3n, kind: "s" },
      { start: 3n, end: 4n, kind: "d" },
      { start: 4n, end: 6n, kind: "s" },
      { start: 6n, end: 15n, kind: "r" },
      { start: 15n, end: 16n, kind: "b" },
    ]);
    expect(paintRuns(4n, [[0n, 4n, "x"]], "r")).toEqual([{ start: 0n, end: 4n, kind: "x" }]);
  });
});
