import { describe, expect, it } from "vitest";
import {
  MAX_INPUT_BYTES,
  MAX_INPUT_WORDS,
  overInputLimit,
  overLimitWords,
  utf8Length,
} from "./inputSize.ts";

describe("the input size limit", () => {
  it("counts UTF-8 bytes as TextEncoder writes them", () => {
    for (const text of ["", "abc", "é", "€", "😀", "a\ud800b", "\udc00", "k8s ✓ 🚀 \u202e"]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it("stops counting just past the bound", () => {
    expect(utf8Length("€".repeat(1000), 10)).toBeLessThanOrEqual(13);
  });

  it("refuses text over 4 MiB in bytes, not in characters", () => {
    expect(MAX_INPUT_BYTES).toBe(4 * 1024 * 1024);
    expect(overInputLimit("a".repeat(MAX_INPUT_BYTES))).toBe(false);
    expect(overInputLimit("a".repeat(MAX_INPUT_BYTES + 1))).toBe(true);
    // 1.5 M three-byte characters: under the limit in characters, over it in bytes.
    expect(overInputLimit("€".repeat(1_500_000))).toBe(true);
    expect(overInputLimit("€".repeat(1_000_000))).toBe(false);
  });

  it("states the limit in the message", () => {
    expect(MAX_INPUT_WORDS).toBe("4 MiB (4,194,304 bytes)");
    expect(overLimitWords()).toBe("over the limit of 4 MiB (4,194,304 bytes) for any input");
    expect(overLimitWords(5_000_000)).toMatch(/^5,000,000 bytes, over the limit of 4 MiB/);
  });
});
