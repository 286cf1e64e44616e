import { describe, expect, it } from "vitest";
import { lookup } from "./lookup.ts";

const byIndex = (e: { index: number }): number => e.index;

describe("lookup", () => {
  it("finds what list.find finds: the first entry with the key, or undefined", () => {
    const list = [
      { index: 2, name: "a" },
      { index: 0, name: "b" },
      { index: 2, name: "c" },
    ];
    for (const value of [0, 1, 2, 3]) {
      expect(lookup(list, byIndex, value)).toBe(list.find((e) => e.index === value));
    }
  });

  it("keeps one table per list: another list with other entries answers for itself", () => {
    const a = [{ index: 1, name: "a" }];
    const b = [{ index: 1, name: "b" }];
    expect(lookup(a, byIndex, 1)?.name).toBe("a");
    expect(lookup(b, byIndex, 1)?.name).toBe("b");
  });
});
