import { describe, expect, it } from "vitest";
import { mutationScore } from "./mutationScore.ts";

describe("mutationScore", () => {
  it("counts killed and timed-out mutants over the valid ones, as Stryker does", () => {
    // (80 + 10) / (80 + 10 + 7 + 3) = 90.0 %; compile and runtime errors, ignored: not valid.
    const counts = { Killed: 80, Timeout: 10, Survived: 7, NoCoverage: 3, CompileError: 50 };
    expect(mutationScore({ ...counts, RuntimeError: 4, Ignored: 9 })).toBe("90.0 %");
  });

  it("rounds to one decimal and says n/a when no mutant is valid", () => {
    expect(mutationScore({ Killed: 2, Survived: 1 })).toBe("66.7 %");
    expect(mutationScore({ CompileError: 3 })).toBe("n/a");
  });
});
