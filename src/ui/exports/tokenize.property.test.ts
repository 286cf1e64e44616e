import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize, type CodeLanguage, type Token } from "./tokenize.ts";

const join = (lines: Token[][]) => lines.map((l) => l.map((t) => t.text).join("")).join("\n");

describe("tokenize is lossless", () => {
  const languages: CodeLanguage[] = ["yaml", "json", "shell", "hcl"];

  it("for any text, in every language", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom(...languages), (text, lang) => {
        expect(join(tokenize(text, lang))).toBe(text);
      }),
    );
  });
});
