import { describe, expect, it } from "vitest";
import { duplicateJsonKey } from "./duplicateJsonKey.ts";
import { parseJsonText } from "./jsonText.ts";

describe("duplicateJsonKey", () => {
  it("finds a key given twice in one object, at its second occurrence", () => {
    const text = '{"name": "a", "nodes": {"count": 3}, "name": "b"}';
    expect(duplicateJsonKey(text)).toEqual({ key: "name", offset: text.lastIndexOf('"name"') });
  });

  it("compares keys after unescaping, and ignores values that look like keys", () => {
    expect(duplicateJsonKey('{"a": 1, "\\u0061": 2}')).toEqual({ key: "a", offset: 9 });
    expect(duplicateJsonKey('{"a": "a", "b": ["a", "a"], "c": {"a": 1}}')).toBeUndefined();
    expect(duplicateJsonKey('{"a\\"": 1, "a": 2, "x": "\\"}"}')).toBeUndefined();
  });

  it("keeps each object's keys apart, in lists and nested objects", () => {
    expect(duplicateJsonKey('[{"a": 1}, {"a": 2}]')).toBeUndefined();
    expect(duplicateJsonKey('{"l": [{"a": 1, "a": 2}]}')).toEqual({ key: "a", offset: 16 });
  });

  it("is linear: 20,000 repeated keys, and 200,000 distinct ones, in well under a second", () => {
    const repeated = `{${Array.from({ length: 20_000 }, (_, i) => `"k": ${i}`).join(",")}}`;
    const distinct = `{${Array.from({ length: 200_000 }, (_, i) => `"k${i}": ${i}`).join(",")}}`;
    const start = performance.now();
    expect(duplicateJsonKey(repeated)?.key).toBe("k");
    expect(duplicateJsonKey(distinct)).toBeUndefined();
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe("parseJsonText refuses a repeated key", () => {
  it("with its line, column and name", () => {
    const r = parseJsonText('{\n  "name": "mine",\n  "name": "theirs"\n}');
    expect(r).toEqual({
      ok: false,
      error: 'line 3, column 3: the key "name" is given twice in one object',
    });
  });
});
