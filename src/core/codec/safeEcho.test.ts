import { describe, expect, it } from "vitest";
import { quote } from "./quote.ts";
import { escapeUnsafe, escapeUnsafeKeepLines } from "./safeEcho.ts";

describe("safe echo of text from input", () => {
  it("escapes bidi overrides and isolates", () => {
    expect(escapeUnsafe("evil\u202etxt.exe")).toBe("evil\\u202etxt.exe");
    expect(escapeUnsafe("\u2066a\u2069\u200e\u200f\u061c")).toBe(
      "\\u2066a\\u2069\\u200e\\u200f\\u061c",
    );
  });

  it("escapes zero-width characters, the BOM, soft hyphens and tag characters", () => {
    expect(escapeUnsafe("a\u200bb\u200cc\u200dd\u2060e\ufeff\u00ad")).toBe(
      "a\\u200bb\\u200cc\\u200dd\\u2060e\\ufeff\\u00ad",
    );
    expect(escapeUnsafe("x\u{e0041}")).toBe("x\\u{e0041}");
  });

  it("escapes terminal controls: ESC sequences, carriage return, C1, DEL, newlines", () => {
    expect(escapeUnsafe("\x1b[2J\x1b]0;title\x07")).toBe("\\u001b[2J\\u001b]0;title\\u0007");
    expect(escapeUnsafe("ok\rnote: forged\nline\ttab")).toBe("ok\\rnote: forged\\nline\\ttab");
    expect(escapeUnsafe("\x7f\x85\x9b")).toBe("\\u007f\\u0085\\u009b");
    expect(escapeUnsafe("a\u2028b\u2029")).toBe("a\\u2028b\\u2029");
    expect(escapeUnsafe("lone \ud800")).toBe("lone \\ud800");
  });

  it("leaves printable text alone: accents, CJK, emoji, punctuation", () => {
    const text = 'café 東京 😀 10.0.0.0/8 "q" <b> é ✓';
    expect(escapeUnsafe(text)).toBe(text);
  });

  it("keeps newlines and tabs in whole output, escaping the rest", () => {
    expect(escapeUnsafeKeepLines("line 1\n\tline 2\u202e\x1b[31m\r\n")).toBe(
      "line 1\n\tline 2\\u202e\\u001b[31m\\r\n",
    );
  });

  it("is applied by quote(), which every codec message uses for echoed values", () => {
    expect(quote("a\u202eb\u200b")).toBe('"a\\u202eb\\u200b"');
    expect(quote("\x1b[31mred")).toBe('"\\u001b[31mred"');
  });
});
