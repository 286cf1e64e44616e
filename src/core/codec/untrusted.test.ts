import { describe, expect, it } from "vitest";
import { MAX_DEPTH, MAX_NODES, inspectUntrusted } from "./untrusted.ts";

const errorOf = (input: unknown): string => {
  const r = inspectUntrusted(input);
  if (r.ok) throw new Error("expected a refusal");
  return r.error;
};

describe("inspectUntrusted", () => {
  it("accepts plain JSON data", () => {
    const data = { a: [1, "x", null, true, { b: [[], {}] }], c: Object.create(null) as object };
    expect(inspectUntrusted(data)).toEqual({ ok: true, value: undefined });
  });

  it("names the path of what it refuses, through arrays and objects", () => {
    expect(errorOf({ a: [{ b: 1 }, { c: [0, Number.NaN] }] })).toBe(
      "a[1].c[1]: numbers must be finite",
    );
    expect(errorOf({ list: [{}, { when: new Date(0) }] })).toBe(
      "list[1].when: only plain objects are accepted",
    );
    expect(errorOf({ f: [() => 1] })).toBe("f[0]: a function is not plain data");
    expect(errorOf({ s: { [Symbol("k")]: 1 } })).toBe("s: symbol keys are refused");
    expect(errorOf(JSON.parse('{"x":[{"y":{"__proto__":{}}}]}'))).toBe(
      'refused: the key "__proto__" at x[0].y.__proto__ could tamper with built-in objects (prototype pollution)',
    );
    expect(errorOf(Number.POSITIVE_INFINITY)).toBe("the design: numbers must be finite");
  });

  it("bounds depth and size", () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
    expect(inspectUntrusted(deep).ok).toBe(true);
    expect(errorOf([deep])).toBe(`the data is nested deeper than ${MAX_DEPTH} levels`);
    // 20,000 values in all: the 20,000 zeros, the list and the object holding it.
    expect(errorOf({ a: new Array<number>(MAX_NODES).fill(0) })).toBe(
      "the data holds more than 20,000 values: a alone has 20,000 entries",
    );
    const many = Object.fromEntries(Array.from({ length: 21_000 }, (_, i) => [`k${i}`, "x"]));
    expect(errorOf({ top: many })).toBe(
      "the data holds more than 20,000 values: top alone has 21,000 keys",
    );
    // Spread over short lists, no one list is to blame.
    const spread = Array.from({ length: 100 }, () => new Array<number>(250).fill(0));
    expect(errorOf({ lists: spread })).toBe("the data holds more than 20,000 values");
  });
});
