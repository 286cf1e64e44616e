import { describe, expect, it } from "vitest";
import { remembered } from "./labels.ts";

describe("remembered label measures", () => {
  it("measures each text once while under the cap, with the same widths", () => {
    const seen: string[] = [];
    const measure = remembered((text) => {
      seen.push(text);
      return text.length * 7;
    }, 3);
    expect([measure("Pod range"), measure("10.0.0.0/24"), measure("Pod range")]).toEqual([
      63, 77, 63,
    ]);
    expect(seen).toEqual(["Pod range", "10.0.0.0/24"]);
    // At the cap it starts afresh: the widths stay right, earlier texts are measured again.
    expect([measure("free"), measure("x"), measure("Pod range")]).toEqual([28, 7, 63]);
    expect(seen).toEqual(["Pod range", "10.0.0.0/24", "free", "x", "Pod range"]);
  });
});
