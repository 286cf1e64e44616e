import { describe, expect, it } from "vitest";
import { failureText } from "./failureText.ts";
import { PanelBoundary } from "./PanelBoundary.tsx";

describe("failureText", () => {
  it("says the error's message", () => {
    expect(failureText(new RangeError("Maximum call stack size exceeded"))).toBe(
      "Maximum call stack size exceeded",
    );
  });

  it("names a thrown non-error by its kind", () => {
    expect(failureText(undefined)).toBe("a thrown undefined");
    expect(failureText(null)).toBe("a thrown null");
    expect(failureText({ toString: 1 })).toBe("a thrown object");
    expect(failureText("plain text")).toBe("plain text");
  });

  it("shows control, bidi and zero-width characters escaped, and caps the length", () => {
    expect(failureText(new Error("a\u202eb\u200bc\u001b[2J"))).toBe("a\\u202eb\\u200bc\\u001b[2J");
    expect(failureText(new Error("x".repeat(5000))).length).toBeLessThanOrEqual(301);
    expect(failureText(new Error("<img src=x>"))).toBe("\\u003cimg src=x>");
  });
});

describe("PanelBoundary", () => {
  it("turns a render error into its failed state, keeping the error", () => {
    const error = new Error("boom");
    expect(PanelBoundary.getDerivedStateFromError(error)).toEqual({ error: { value: error } });
  });
});
