import { describe, expect, it } from "vitest";
import { parseInteger } from "./parseInteger.ts";

describe("parseInteger", () => {
  it("accepts whole numbers with separators inside the bounds", () => {
    expect(parseInteger(" 1,000 ", 0, 5000)).toEqual({ ok: true, value: 1000 });
    expect(parseInteger("0", 0, 32)).toEqual({ ok: true, value: 0 });
  });
  it.each(["", "abc", "-1", "2.5", "1e3", "33"])("refuses %j for 0..32", (text) => {
    expect(parseInteger(text, 0, 32).ok).toBe(false);
  });
});
